package fflab.saliency;

import fflab.FflabException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The windows of one filter size: centres on every {@code stride}-th row and column from the top
 * left, each window {@code k x k} and clipped at the borders. With stride 1 there is one window per
 * pixel; with a larger stride each pixel takes the value of its nearest centre ({@link #expand}).
 */
public final class OcclusionGrid {
    private final int rows;
    private final int cols;
    private final int filter;
    private final int stride;
    private final int centreRows;
    private final int centreCols;
    private final List<Window> windows = new ArrayList<>();

    /**
     * @throws FflabException for an even, non-positive or too large filter, or a stride that leaves
     *                        pixels never occluded (unless {@code allowGaps})
     */
    public OcclusionGrid(int rows, int cols, int filter, int stride, boolean allowGaps) {
        int largest = Math.max(rows, cols) % 2 == 1 ? Math.max(rows, cols) : Math.max(rows, cols) - 1;
        if (filter < 1 || filter % 2 == 0 || filter > largest) {
            throw new FflabException("--filter: expected odd sizes from 1 to " + largest + " for " + rows + "x" + cols
                    + " images (1, 3, 5, ...), got " + filter);
        }
        if (stride < 1) {
            throw new FflabException("--stride: expected a whole number >= 1, got " + stride);
        }
        this.rows = rows;
        this.cols = cols;
        this.filter = filter;
        this.stride = stride;
        this.centreRows = (rows - 1) / stride + 1;
        this.centreCols = (cols - 1) / stride + 1;
        int half = filter / 2;
        for (int a = 0; a < centreRows; a++) {
            for (int b = 0; b < centreCols; b++) {
                int r = a * stride;
                int c = b * stride;
                int r0 = Math.max(0, r - half);
                int r1 = Math.min(rows - 1, r + half);
                int c0 = Math.max(0, c - half);
                int c1 = Math.min(cols - 1, c + half);
                int[] pixels = new int[(r1 - r0 + 1) * (c1 - c0 + 1)];
                int n = 0;
                for (int i = r0; i <= r1; i++) {
                    for (int j = c0; j <= c1; j++) {
                        pixels[n++] = i * cols + j;
                    }
                }
                windows.add(new Window(windows.size(), r, c, pixels));
            }
        }
        int gaps = uncoveredPixels();
        if (gaps > 0 && !allowGaps) {
            throw new FflabException("--stride " + stride + " with --filter " + filter + " leaves " + gaps + " of "
                    + rows * cols + " pixels never occluded; allowed strides for filter " + filter + ": "
                    + allowedStrides(rows, cols, filter) + " (or --allow-gaps to accept the gaps)");
        }
    }

    /** The strides that leave no pixel of a rows x cols image unoccluded with this filter, e.g. "1, 2, 3". */
    public static String allowedStrides(int rows, int cols, int filter) {
        List<Integer> ok = new ArrayList<>();
        for (int s = 1; s <= Math.max(rows, cols); s++) {
            if (new OcclusionGrid(rows, cols, filter, s, true).uncoveredPixels() == 0) {
                ok.add(s);
            }
        }
        return ok.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Pixels that no window covers. */
    public int uncoveredPixels() {
        boolean[] covered = new boolean[rows * cols];
        for (Window w : windows) {
            for (int p : w.pixels()) {
                covered[p] = true;
            }
        }
        int gaps = 0;
        for (boolean c : covered) {
            gaps += c ? 0 : 1;
        }
        return gaps;
    }

    public List<Window> windows() {
        return windows;
    }

    public int positions() {
        return windows.size();
    }

    public int filter() {
        return filter;
    }

    public int stride() {
        return stride;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** A full {@code rows x cols} map (row-major) from one value per window: each pixel takes its nearest centre's. */
    public double[] expand(double[] perWindow) {
        if (perWindow.length != windows.size()) {
            throw new IllegalArgumentException("expected " + windows.size() + " values, got " + perWindow.length);
        }
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            int a = nearestCentre(r, centreRows);
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = perWindow[a * centreCols + nearestCentre(c, centreCols)];
            }
        }
        return out;
    }

    /** Index of the centre nearest to coordinate {@code x}; halfway goes to the lower one. */
    private int nearestCentre(int x, int centres) {
        return Math.min(centres - 1, (x + (stride - 1) / 2) / stride);
    }
}
