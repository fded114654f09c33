package fflab.perf;

import fflab.nn.Dense;
import fflab.nn.FFLayer;
import fflab.nn.Goodness;
import fflab.nn.LayerInput;
import fflab.nn.LengthNorm;
import fflab.nn.OverlaidImageInput;
import fflab.nn.OverlayBasis;
import fflab.nn.StackedInput;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times one full-batch FF training epoch of one layer (forward on positive and negative data,
 * local gradient, Adam) against ND4J's own matrix multiply of the layer's full-batch shape,
 * {@code [images x in] x [in x out]}, measured in the same process.
 *
 * <p>"GEMM-times" = epoch time / multiply time. The straightforward epoch costs 4 multiplies
 * (forward and weight gradient, for positive and negative data); effective GFLOP/s counts those
 * 4 multiplies' FLOPs, whatever the implementation really executes.
 */
public final class FFEpochBench {

    /** The result for one layer shape. */
    public record Result(String layer, int images, int in, int out, double gemmSeconds, double epochSeconds) {
        public double gemmGflops() {
            return 2.0 * images * in * out / gemmSeconds / 1e9;
        }

        public double gemmTimes() {
            return epochSeconds / gemmSeconds;
        }

        public double effectiveGflops() {
            return 4 * 2.0 * images * in * out / epochSeconds / 1e9;
        }

        public double ratioToGemmRate() {
            return effectiveGflops() / gemmGflops();
        }
    }

    private FFEpochBench() {}

    /**
     * @param firstLayer true: the input is labelled images (the first layer's shared-image algebra);
     *                   false: stacked positive and negative activity rows (a deeper layer)
     */
    public static Result run(boolean firstLayer, int images, int in, int out, int warmups, int repeats) {
        SplittableRandom rng = new SplittableRandom(42);
        INDArray gemmA = random(images, in, rng);
        Dense dense = Dense.init(in, out, 1, DataType.FLOAT);
        INDArray gemmOut = Nd4j.create(DataType.FLOAT, images, out);
        double gemm = Timer.medianSeconds(warmups, repeats,
                () -> Nd4j.gemm(gemmA, dense.weights(), gemmOut, false, false, 1.0, 0.0));

        LayerInput input = firstLayer ? labelledImages(gemmA, out, rng) : stackedRows(images, in, rng);
        FFLayer layer = new FFLayer(dense, Goodness.MEAN, 2.0, 0.03);
        FFLayer.Step step = layer.step(input.rows());
        double epoch = Timer.medianSeconds(warmups, repeats, () -> {
            step.forward(input);
            step.backward();
        });
        String name = (firstLayer ? "first " : "deeper ") + in + "->" + out;
        return new Result(name, images, in, out, gemm, epoch);
    }

    private static LayerInput labelledImages(INDArray images, int out, SplittableRandom rng) {
        int n = (int) images.rows();
        int[] pos = new int[n];
        int[] neg = new int[n];
        for (int i = 0; i < n; i++) {
            pos[i] = rng.nextInt(10);
            neg[i] = (pos[i] + 1 + rng.nextInt(9)) % 10;
        }
        OverlayBasis basis = OverlayBasis.of(images, images.maxNumber().doubleValue(), 10);
        return new OverlaidImageInput(basis, n, out, true).load(null, pos, neg);
    }

    private static LayerInput stackedRows(int images, int in, SplittableRandom rng) {
        INDArray rows = random(2 * images, in, rng);
        LengthNorm.normaliseRows(rows, rows);
        return new StackedInput(rows);
    }

    private static INDArray random(int rows, int cols, SplittableRandom rng) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }
}
