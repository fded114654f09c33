package fflab.saliency;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The first layer's linear part {@code x W} of occluded images without multiplying whole images.
 * Occluding the pixels J of image x gives {@code x' = x + sum_{j in J} (b_j - x_j) e_j}, so
 * {@code x' W = x W + (b - x)_J W_J}: the product of the unoccluded image, kept once per image,
 * plus a multiply with only the window's rows of W. Likewise
 * {@code ||x'||^2 = ||x||^2 + sum_{j in J} (b_j^2 - x_j^2)}, kept in double precision.
 *
 * <p>The first {@code excludedPrefix} pixels are left out of both (the FF label pixels, which
 * the overlay owns); they count as zero.
 */
final class WindowDelta {
    private final OcclusionInputs in;
    private final INDArray weights;
    private final float[] hostWeights;
    private final int excludedPrefix;
    private final INDArray products;
    private final double[] squaredNorms;
    private Window cachedWindow;
    private int[] cachedPixels;
    private INDArray cachedRows;
    private double flops;

    WindowDelta(OcclusionInputs in, INDArray weights, int excludedPrefix) {
        this.in = in;
        this.weights = weights;
        this.hostWeights = weights.dup('c').data().asFloat();
        this.excludedPrefix = excludedPrefix;
        INDArray x = in.standardisedMatrix().dup('c');
        if (excludedPrefix > 0) {
            x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, excludedPrefix)).assign(0);
        }
        this.products = Nd4j.gemm(x, weights, false, false);
        this.squaredNorms = new double[in.size()];
        for (int i = 0; i < in.size(); i++) {
            double sum = 0;
            for (int j = excludedPrefix; j < in.features(); j++) {
                double v = in.standardised(i, j);
                sum += v * v;
            }
            squaredNorms[i] = sum;
        }
        flops = 2.0 * in.size() * in.features() * weights.columns();
    }

    /** The window's pixels that enter the product (those not excluded). */
    int[] pixels(Window w) {
        if (w != cachedWindow) {
            cachedWindow = w;
            cachedPixels = Arrays.stream(w.pixels()).filter(j -> j >= excludedPrefix).toArray();
            cachedRows = null;
        }
        return cachedPixels;
    }

    /** The rows of W of the window's pixels, gathered once per window (on the host: ND4J's row gathers are slow). */
    private INDArray weightRows(Window w) {
        int[] pixels = pixels(w);
        if (cachedRows == null) {
            int width = (int) weights.columns();
            float[] rows = new float[pixels.length * width];
            for (int t = 0; t < pixels.length; t++) {
                System.arraycopy(hostWeights, pixels[t] * width, rows, t * width, width);
            }
            cachedRows = Nd4j.create(rows, new long[] {pixels.length, width}, 'c');
        }
        return cachedRows;
    }

    /** Whether occluding the window changes the product's input for this image. */
    boolean changes(Window w, int image) {
        for (int j : pixels(w)) {
            if (in.differs(image, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes {@code x' W} of every pair of the block into the first rows of {@code out}, and
     * {@code ||x'||^2} into {@code squaredNormsOut} unless it is null.
     */
    void occludedProducts(PairBlock block, INDArray out, double[] squaredNormsOut) {
        INDArray target = out.get(NDArrayIndex.interval(0, block.size()), NDArrayIndex.all());
        Nd4j.pullRows(products, target, 1, block.images());
        for (PairBlock.Segment s : block.segments()) {
            int[] pixels = pixels(s.window());
            int m = s.size();
            float[] delta = new float[m * pixels.length];
            for (int r = 0; r < m; r++) {
                int image = block.image(s.from() + r);
                double norm = squaredNorms[image];
                for (int t = 0; t < pixels.length; t++) {
                    float b = in.baselineStandardised(pixels[t]);
                    float x = in.standardised(image, pixels[t]);
                    delta[r * pixels.length + t] = b - x;
                    norm += (double) b * b - (double) x * x;
                }
                if (squaredNormsOut != null) {
                    squaredNormsOut[s.from() + r] = norm;
                }
            }
            if (pixels.length > 0) {
                INDArray d = Nd4j.create(delta, new long[] {m, pixels.length}, 'c');
                INDArray rows = target.get(NDArrayIndex.interval(s.from(), s.to()), NDArrayIndex.all());
                Nd4j.gemm(d, weightRows(s.window()), rows, false, false, 1.0, 1.0);
                flops += 2.0 * m * pixels.length * weights.columns();
            }
        }
    }

    double flops() {
        return flops;
    }
}
