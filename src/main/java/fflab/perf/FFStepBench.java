package fflab.perf;

import fflab.model.Permutations;
import fflab.nn.Dense;
import fflab.nn.FFLayer;
import fflab.nn.Goodness;
import fflab.nn.LayerInput;
import fflab.nn.LengthNorm;
import fflab.nn.OverlaidImageInput;
import fflab.nn.OverlayBasis;
import fflab.nn.StackedBatches;
import fflab.nn.StackedInput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times one mini-batch FF training step of one layer as the trainer runs it: a batch of images
 * picked from a pool, their negative labels drawn (first layer), the batch rows gathered (positive
 * and negative together), forward, local gradient and Adam; against ND4J's matrix multiply of
 * {@code [batch x in] x [in x out]} in the same process. A layer with 784 inputs is a first layer
 * (overlay algebra over images), any other a deeper layer (cached stacked activity rows).
 */
public final class FFStepBench {
    private static final int POOL = 10_000;
    private static final int CLASSES = 10;

    private static volatile LongSupplier clock = System::nanoTime;

    private FFStepBench() {}

    /**
     * Times by the calling thread's CPU time instead of wall time: with one thread all of a
     * step's work runs on the calling thread, so the figures do not depend on other load.
     */
    public static void useThreadCpuTime() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        clock = bean::getCurrentThreadCpuTime;
    }

    /** Seconds per repetition: short actions are repeated until one repetition takes about this long. */
    private static final double REPETITION_SECONDS = 0.2;

    /**
     * Times {@code action} against {@code reference} in alternating repetitions (each about 0.2 s
     * of calls), so that both see the same load; returns the median seconds per call of each and
     * the median of the repetitions' ratios.
     */
    static double[] paired(int warmups, int repeats, Runnable reference, Runnable action) {
        int refCalls = calls(reference);
        int actCalls = calls(action);
        for (int i = 0; i < warmups; i++) {
            repeat(reference, refCalls);
            repeat(action, actCalls);
        }
        double[] ref = new double[repeats];
        double[] act = new double[repeats];
        double[] ratio = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            ref[i] = repeat(reference, refCalls);
            act[i] = repeat(action, actCalls);
            ratio[i] = act[i] / ref[i];
        }
        return new double[] {Timer.median(ref), Timer.median(act), Timer.median(ratio)};
    }

    private static int calls(Runnable action) {
        action.run();
        long start = clock.getAsLong();
        action.run();
        double once = Math.max(1e-6, (clock.getAsLong() - start) / 1e9);
        return (int) Math.max(1, Math.min(10_000, REPETITION_SECONDS / once));
    }

    /** Seconds per call over {@code calls} calls. */
    private static double repeat(Runnable action, int calls) {
        long start = clock.getAsLong();
        for (int i = 0; i < calls; i++) {
            action.run();
        }
        return (clock.getAsLong() - start) / 1e9 / calls;
    }

    public static BenchLine run(int batch, int in, int out, int warmups, int repeats) {
        SplittableRandom rng = new SplittableRandom(42);
        Dense dense = Dense.init(in, out, 1, DataType.FLOAT);
        INDArray gemmA = random(batch, in, rng);
        INDArray gemmOut = Nd4j.create(DataType.FLOAT, batch, out);
        Runnable gemm = () -> Nd4j.gemm(gemmA, dense.weights(), gemmOut, false, false, 1.0, 0.0);

        boolean first = in == 784;
        int pool = Math.max(POOL, batch);
        int[] labels = new int[pool];
        for (int i = 0; i < pool; i++) {
            labels[i] = rng.nextInt(CLASSES);
        }
        FFLayer layer = new FFLayer(dense, Goodness.MEAN, 2.0, 0.03);
        Runnable step;
        if (first) {
            INDArray images = random(pool, in, rng);
            OverlayBasis basis = OverlayBasis.of(images, images.maxNumber().doubleValue(), CLASSES);
            OverlaidImageInput input = new OverlaidImageInput(basis, batch, out, false);
            step = () -> {
                int[] rows = nextBatch(pool, batch, rng);
                int[] pos = new int[batch];
                int[] neg = new int[batch];
                for (int i = 0; i < batch; i++) {
                    pos[i] = labels[rows[i]];
                    neg[i] = (pos[i] + 1 + rng.nextInt(CLASSES - 1)) % CLASSES;
                }
                train(layer, input.load(rows, pos, neg));
            };
        } else {
            INDArray rows = random(2 * pool, in, rng);
            LengthNorm.normaliseRows(rows, rows);
            StackedBatches batches = new StackedBatches(StackedInput.withOnesColumn(rows));
            step = () -> train(layer, batches.batch(nextBatch(pool, batch, rng)));
        }
        double[] t = paired(warmups, repeats, gemm, step);
        String name = String.format("batch %d %s %d->%d", batch, first ? "first" : "deeper", in, out);
        return new BenchLine(name, String.format("step %.2f ms, %.0f images/s, gemm [%dx%d]x[%dx%d] %.3f ms",
                1e3 * t[1], batch / t[1], batch, in, in, out, 1e3 * t[0]), t[2]);
    }

    private static void train(FFLayer layer, LayerInput input) {
        FFLayer.Step step = layer.step(input.rows());
        step.forward(input);
        step.backward();
    }

    /** A random batch of distinct pool indices (the trainer slices a shuffled order; same cost class). */
    private static int[] nextBatch(int pool, int batch, SplittableRandom rng) {
        int start = rng.nextInt(pool - batch + 1);
        int[] rows = Permutations.random(batch, rng);
        for (int i = 0; i < batch; i++) {
            rows[i] += start;
        }
        return rows;
    }

    static INDArray random(int rows, int cols, SplittableRandom rng) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, 'c');
    }
}
