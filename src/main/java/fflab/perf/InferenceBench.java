package fflab.perf;

import fflab.data.ImageSet;
import fflab.data.Standardization;
import fflab.model.FFConfig;
import fflab.model.FFNetwork;
import fflab.model.ImageClassifier;
import fflab.model.ModelKind;
import fflab.nn.Dense;
import fflab.nn.Goodness;
import fflab.saliency.OcclusionGrid;
import fflab.saliency.SaliencyMethod;
import fflab.saliency.Window;
import fflab.saliency.WindowBench;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times FF inference against ND4J's {@code [images x 784] x [784 x h1]} multiply in the same
 * process: prediction of test-sized sets (every label, every layer), and one ADS filter position
 * over them (as the JMH {@code FFPredictBenchmark} and {@code AdsBenchmark}): random weights,
 * Gaussian images, so every window changes every image.
 */
public final class InferenceBench {
    public static final int IMAGES = 10_000;
    private static final int SIDE = 28;

    private final FFNetwork network;
    private final INDArray images;
    private final Runnable gemm;
    private final String shape;

    public InferenceBench(List<Integer> hidden) {
        SplittableRandom rng = new SplittableRandom(7);
        List<Dense> layers = new ArrayList<>();
        int in = SIDE * SIDE;
        for (int width : hidden) {
            layers.add(Dense.init(in, width, layers.size() + 1, DataType.FLOAT));
            in = width;
        }
        this.network = new FFNetwork(layers, Goodness.MEAN, 2.8, ImageSet.CLASSES, false);
        this.images = FFStepBench.random(IMAGES, SIDE * SIDE, rng);
        INDArray out = Nd4j.create(DataType.FLOAT, IMAGES, hidden.get(0));
        Dense first = layers.get(0);
        this.gemm = () -> Nd4j.gemm(images, first.weights(), out, false, false, 1.0, 0.0);
        StringBuilder s = new StringBuilder("784");
        hidden.forEach(h -> s.append('-').append(h));
        this.shape = s.toString();
    }

    /** FF prediction of all images: every label through every layer. */
    public BenchLine predict(int warmups, int repeats) {
        double[] t = FFStepBench.paired(warmups, repeats, gemm, () -> network.labelGoodness(images));
        return new BenchLine("predict " + shape, String.format("%d images x %d labels %.0f ms, %.0f images/s, gemm "
                + "%.1f ms", IMAGES, ImageSet.CLASSES, 1e3 * t[1], IMAGES / t[1], 1e3 * t[0]), t[2]);
    }

    /** One ADS filter position (the k x k window at the centre) over all images, by {@code path} (naive or fast). */
    public BenchLine ads(String path, int k, int warmups, int repeats) {
        ImageSet set = new ImageSet(images, new int[IMAGES], SIDE, SIDE);
        ImageClassifier classifier = new ImageClassifier(ModelKind.FF_MLP, FFConfig.reference(), network,
                Standardization.MNIST, ImageSet.CLASSES, SIDE, SIDE);
        WindowBench bench = new WindowBench(classifier, set, new float[SIDE * SIDE], SaliencyMethod.parse(path));
        Window window = new OcclusionGrid(SIDE, SIDE, k, 1, false).windows().get((SIDE / 2) * SIDE + SIDE / 2);
        double[] t = FFStepBench.paired(warmups, repeats, gemm, () -> bench.evaluate(window));
        return new BenchLine(String.format("ads %s k=%d %s", path, k, shape), String.format(
                "one position over %d images %.0f ms, %.0f images/s, gemm %.1f ms", IMAGES, 1e3 * t[1], IMAGES / t[1],
                1e3 * t[0]), t[2]);
    }
}
