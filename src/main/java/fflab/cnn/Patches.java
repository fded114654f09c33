package fflab.cnn;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * im2col for stride-1 "same" convolutions of NHWC maps with an odd square kernel: row
 * {@code (image, y, x)} of the patch matrix holds the {@code k x k x C} input values around pixel
 * {@code (y, x)}, in {@code (dy, dx, c)} order and zero outside the image. That order is the one of
 * HWIO weights {@code [k, k, C, O]} flattened to {@code [k*k*C, O]}, so a convolution is one
 * matrix product.
 *
 * <p>The copy runs over ND4J's native memory as bytes, a channel run at a time, so one loop serves
 * every data type. ND4J's own im2col and conv2d were 4-10x slower than this plus a GEMM here.
 */
final class Patches {
    private final MapShape in;
    private final int kernel;
    /**
     * For output pixel p and kernel row dy, {@code [p * k + dy]}: the first input pixel of the
     * contiguous run that row reads, and the run's first and last kernel column inside the image
     * ({@code first > last}: the row lies outside). Runs of {@code k * C} values are copied at once.
     */
    private final int[] runStart;
    private final int[] firstColumn;
    private final int[] lastColumn;

    Patches(MapShape in, int kernel) {
        if (kernel < 1 || kernel % 2 == 0) {
            throw new IllegalArgumentException("kernel must be odd and >= 1 for 'same' padding, got " + kernel);
        }
        this.in = in;
        this.kernel = kernel;
        int rows = in.pixels() * kernel;
        this.runStart = new int[rows];
        this.firstColumn = new int[rows];
        this.lastColumn = new int[rows];
        int half = kernel / 2;
        int t = 0;
        for (int y = 0; y < in.height(); y++) {
            for (int x = 0; x < in.width(); x++) {
                for (int dy = 0; dy < kernel; dy++) {
                    int sy = y + dy - half;
                    int first = Math.max(0, half - x);
                    int last = Math.min(kernel - 1, in.width() - 1 - x + half);
                    boolean inside = sy >= 0 && sy < in.height();
                    firstColumn[t] = inside ? first : 1;
                    lastColumn[t] = inside ? last : 0;
                    runStart[t] = inside ? sy * in.width() + x - half + first : 0;
                    t++;
                }
            }
        }
    }

    MapShape input() {
        return in;
    }

    int kernel() {
        return kernel;
    }

    /** Values per patch row: {@code k * k * C}. */
    int width() {
        return kernel * kernel * in.channels();
    }

    /**
     * Writes the patch rows of images {@code from..to-1} of {@code maps} ({@code [n, in.size()]},
     * c-ordered) into the first {@code (to - from) * pixels} rows of {@code cols} (c-ordered, same type).
     */
    void extract(INDArray maps, int from, int to, INDArray cols) {
        requireContiguous(maps, in.size());
        requireContiguous(cols, width());
        if (cols.rows() < (long) (to - from) * in.pixels() || maps.dataType() != cols.dataType()) {
            throw new IllegalArgumentException("patch matrix " + cols.shapeInfoToString() + " cannot hold images "
                    + from + ".." + to + " of " + maps.shapeInfoToString());
        }
        int bytes = maps.dataType().width();
        int channelBytes = in.channels() * bytes;
        int rowBytes = kernel * channelBytes;
        byte[] zeros = new byte[rowBytes];
        ByteBuffer src = maps.data().asNio();
        ByteBuffer dst = cols.data().asNio();
        int d = Math.toIntExact(cols.offset() * bytes);
        long imageBytes = (long) in.size() * bytes;
        for (int n = from; n < to; n++) {
            int image = Math.toIntExact(maps.offset() * bytes + n * imageBytes);
            for (int t = 0; t < runStart.length; t++) {
                int first = firstColumn[t];
                int last = lastColumn[t];
                if (first > last) {
                    dst.put(d, zeros, 0, rowBytes);
                } else {
                    int before = first * channelBytes;
                    int length = (last - first + 1) * channelBytes;
                    if (before > 0) {
                        dst.put(d, zeros, 0, before);
                    }
                    dst.put(d + before, src, image + runStart[t] * channelBytes, length);
                    if (before + length < rowBytes) {
                        dst.put(d + before + length, zeros, 0, rowBytes - before - length);
                    }
                }
                d += rowBytes;
            }
        }
        // the buffers are raw views of memory the arrays own: keep both arrays alive until here
        Reference.reachabilityFence(maps);
        Reference.reachabilityFence(cols);
    }

    private static void requireContiguous(INDArray m, long columns) {
        boolean rowsFollow = m.rows() == 1 || m.stride(0) == columns;
        if (m.rank() != 2 || m.ordering() != 'c' || m.columns() != columns || !rowsFollow || m.stride(1) != 1) {
            throw new IllegalArgumentException("expected a contiguous c-ordered [n, " + columns + "] matrix, got "
                    + m.shapeInfoToString());
        }
    }
}
