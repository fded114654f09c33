package fflab.cnn;

import fflab.nn.Dense;
import fflab.nn.Tensors;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A stride-1 "same" convolution of NHWC maps as a matrix product over image patches
 * ({@link Patches}): {@code z = patches(x) W + b}, with {@code W} the HWIO kernel flattened to
 * {@code [k*k*C, O]}, held as a {@link Dense}. The output {@code z [images * pixels, O]} is the NHWC
 * map of every image.
 *
 * <p>Images go through in chunks so that the patch matrix stays below {@link #CHUNK_VALUES}. When
 * a forward pass fits one chunk, its patches are kept for the weight gradient of the same maps.
 * Holds buffers: not thread-safe, one instance per use.
 */
public final class Convolution {
    /** Most values of the patch matrix of one chunk (128 MB in float). */
    static final long CHUNK_VALUES = 1L << 25;

    private final Patches patches;
    private final int maxChunk;
    private INDArray cols;
    private INDArray patchesOf;
    private INDArray kernelGradientT;
    private Convolution transposed;

    public Convolution(MapShape in, int kernel) {
        this.patches = new Patches(in, kernel);
        this.maxChunk = (int) Math.max(1, CHUNK_VALUES / ((long) in.pixels() * patches.width()));
    }

    public MapShape input() {
        return patches.input();
    }

    public int kernel() {
        return patches.kernel();
    }

    /** Rows of the flattened kernel: {@code k * k * C}. */
    public int patchSize() {
        return patches.width();
    }

    /** {@code z = patches(maps) W + b}: maps {@code [n, in.size()]}, z {@code [n * pixels, O]}. */
    public void forward(INDArray maps, Dense kernel, INDArray z) {
        int n = images(maps);
        patchesOf = null;
        for (int from = 0; from < n; from += maxChunk) {
            int to = Math.min(n, from + maxChunk);
            Nd4j.gemm(extract(maps, from, to), kernel.weights(), pixelRows(z, from, to), false, false, 1.0, 0.0);
        }
        z.addiRowVector(kernel.bias());
        patchesOf = n <= maxChunk ? maps : null;
    }

    /**
     * {@code dW = patches(maps)^T dZ} and {@code db} = column sums of {@code dZ}, overwriting both.
     * Right after {@link #forward} of the same (unchanged) maps, reuses its patches.
     */
    public void weightGradient(INDArray maps, INDArray dZ, INDArray dW, INDArray db) {
        int n = images(maps);
        boolean cached = patchesOf == maps;
        if (kernelGradientT == null || kernelGradientT.dataType() != dW.dataType()) {
            kernelGradientT = Nd4j.create(dW.dataType(), dW.columns(), dW.rows());
        }
        for (int from = 0; from < n; from += maxChunk) {
            int to = Math.min(n, from + maxChunk);
            INDArray c = cached ? colsRows(to - from) : extract(maps, from, to);
            // dZ^T P, then transposed: 1.5-2x faster here than P^T dZ (a long inner dimension, few outputs)
            Nd4j.gemm(pixelRows(dZ, from, to), c, kernelGradientT, true, false, 1.0, from == 0 ? 0.0 : 1.0);
        }
        dW.assign(kernelGradientT.transpose());
        Tensors.columnSums(dZ, db);
    }

    /**
     * The gradient with respect to the input maps, {@code dMaps [n, in.size()]}, of
     * {@code dZ [n * pixels, O]}: a "same" convolution of dZ with the kernel flipped in space and its
     * channels swapped (the transposed convolution of a stride-1 "same" convolution).
     */
    public void inputGradient(INDArray dZ, Dense kernel, INDArray dMaps) {
        MapShape in = input();
        int filters = kernel.outputSize();
        int n = (int) (dZ.rows() / in.pixels());
        if (transposed == null || transposed.input().channels() != filters) {
            transposed = new Convolution(in.withChannels(filters), kernel());
        }
        Dense flipped = new Dense(flipped(kernel.weights(), filters),
                Nd4j.zeros(kernel.weights().dataType(), 1, in.channels()));
        transposed.forward(dZ.reshape(n, (long) in.pixels() * filters), flipped,
                dMaps.reshape((long) n * in.pixels(), in.channels()));
    }

    /** {@code F[(dy, dx, o), c] = W[(k-1-dy, k-1-dx, c), o]}. */
    private INDArray flipped(INDArray w, int filters) {
        int k = kernel();
        int c = input().channels();
        double[] src = w.dup('c').data().asDouble();
        double[] f = new double[src.length];
        for (int dy = 0; dy < k; dy++) {
            for (int dx = 0; dx < k; dx++) {
                int from = ((k - 1 - dy) * k + (k - 1 - dx)) * c;
                int to = (dy * k + dx) * filters;
                for (int ci = 0; ci < c; ci++) {
                    for (int o = 0; o < filters; o++) {
                        f[(to + o) * c + ci] = src[(from + ci) * filters + o];
                    }
                }
            }
        }
        return Tensors.matrix(f, k * k * filters, c, w.dataType());
    }

    private INDArray extract(INDArray maps, int from, int to) {
        if (cols == null || cols.dataType() != maps.dataType()) {
            cols = Nd4j.create(maps.dataType(), (long) Math.min(maxChunk, images(maps)) * input().pixels(),
                    patches.width());
        } else if (cols.rows() < (long) (to - from) * input().pixels()) {
            cols = Nd4j.create(maps.dataType(), (long) (to - from) * input().pixels(), patches.width());
        }
        patches.extract(maps, from, to, cols);
        return colsRows(to - from);
    }

    private INDArray colsRows(int images) {
        long rows = (long) images * input().pixels();
        return rows == cols.rows() ? cols : cols.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
    }

    private INDArray pixelRows(INDArray m, int from, int to) {
        long p = input().pixels();
        return from == 0 && to * p == m.rows() ? m : m.get(NDArrayIndex.interval(from * p, to * p), NDArrayIndex.all());
    }

    private int images(INDArray maps) {
        if (maps.columns() != input().size()) {
            throw new IllegalArgumentException("maps of " + input() + " need " + input().size() + " columns, got "
                    + maps.shapeInfoToString());
        }
        return (int) maps.rows();
    }
}
