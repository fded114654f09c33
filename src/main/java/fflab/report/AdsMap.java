package fflab.report;

import java.util.List;

/**
 * One ADS map set of one run, as fflab saliency writes it (a {@code saliency.json}): the map
 * over all evaluation images and, when computed, one per class; values are accuracy drops in
 * points (percent of the images).
 *
 * @param folder       the folder of the saliency.json, relative to the run's saliency/ folder
 * @param filter       occlusion filter size in pixels
 * @param baseline     what occluded pixels are set to, e.g. "zero", "dataset-mean"
 * @param evaluation   which images, e.g. "test", "subset:1000"
 * @param significant  positions significant after the correction; -1 when not recorded
 * @param significance how significance was decided, e.g. "McNemar, holm, alpha 0.05"
 * @param classes      per-class maps, class order; empty when not computed
 */
public record AdsMap(String folder, int filter, int stride, String baseline, String evaluation, String method,
        double[][] ads, int significant, String significance, List<ClassMap> classes) {
    public AdsMap {
        classes = List.copyOf(classes);
    }

    /** A class's map: accuracy drop in points on that class's images. */
    public record ClassMap(int label, double[][] ads, int significant) {
    }

    /**
     * What must agree for two maps to be compared: filter, stride, baseline and images (not the
     * method, which only says how the same numbers were computed for FF or BP).
     */
    public String kind() {
        return filter + "x" + filter + " filter" + (stride > 0 ? ", stride " + stride : "") + ", baseline "
                + baseline + ", images " + evaluation;
    }

    /** Whether every value is the same (say, 0: no occlusion changed any prediction). */
    public static boolean isConstant(double[][] map) {
        double first = Double.NaN;
        for (double[] row : map) {
            for (double v : row) {
                if (Double.isNaN(v)) {
                    continue;
                }
                if (Double.isNaN(first)) {
                    first = v;
                } else if (Math.abs(v - first) > 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }
}
