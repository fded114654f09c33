package fflab.report;

import java.util.List;

/**
 * One saliency output of a run, found under its saliency/ folder.
 *
 * @param path   relative to the saliency folder, e.g. "filter-3/class-7.csv"
 * @param map    a 28x28 map, or null
 * @param png    the bytes of a PNG figure, or null
 * @param curveX the name of the curves' x column (their CSV header's first cell), or null
 * @param curves deletion/insertion-style curves: first column as x, every other column a line
 */
public record SaliencyItem(String path, double[][] map, byte[] png, String curveX, List<LineCharts.Line> curves) {
    public boolean isMap() {
        return map != null;
    }

    public boolean isPng() {
        return png != null;
    }

    public boolean isCurves() {
        return curves != null;
    }
}
