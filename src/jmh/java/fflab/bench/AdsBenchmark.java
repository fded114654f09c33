package fflab.bench;

import fflab.data.ImageSet;
import fflab.data.Standardization;
import fflab.model.BPConfig;
import fflab.model.BPNetwork;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Accuracy Differential Saliency: ONE filter position (the k x k window centred on pixel (14, 14))
 * evaluated over a test-sized set of 10,000 synthetic 28x28 images, with the engine's own evaluators
 * ({@link WindowBench}): {@code naive} materialises the occluded images and classifies them with the
 * model's inference, {@code fast} is the window algebra ({@code fast-ff} / {@code fast-bp}). A whole
 * map is about 784 such positions (stride 1) plus one unoccluded pass.
 *
 * <p>Models: FF 784-500-500 (10 labels, as {@link FFPredictBenchmark}) and BP 784-500-500-10, random
 * weights. The images are Gaussian and the baseline black (raw 0), so every window changes every image
 * and no pair is skipped (on MNIST, windows over black borders are skipped for free).
 *
 * <p>Not measured: the evaluators' per-map setup, done once in {@link #setUp}; for the fast paths
 * that is one {@code [10000 x 784] x [784 x 500]} multiply of the unoccluded images, shared by all
 * positions of a map.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdsBenchmark {
    public static final int IMAGES = 10_000;
    public static final int SIDE = 28;

    @Param({"ff", "bp"})
    public String model;

    @Param({"naive", "fast"})
    public String path;

    /** The filter size k of the k x k window. */
    @Param({"1", "5"})
    public int k;

    private WindowBench bench;
    private Window window;

    @Setup
    public void setUp() {
        ImageSet images = new ImageSet(Shapes.gaussian(IMAGES, SIDE * SIDE, 11), Shapes.labels(IMAGES, 12), SIDE, SIDE);
        ImageClassifier classifier = switch (model) {
            case "ff" -> new ImageClassifier(ModelKind.FF_MLP, FFConfig.reference(),
                    new FFNetwork(List.of(Dense.init(784, 500, 1, DataType.FLOAT), Dense.init(500, 500, 2, DataType.FLOAT)),
                            Goodness.MEAN, 2.8, 10, false),
                    Standardization.MNIST, ImageSet.CLASSES, SIDE, SIDE);
            case "bp" -> new ImageClassifier(ModelKind.BP_MLP, BPConfig.reference(),
                    new BPNetwork(List.of(Dense.init(784, 500, 1, DataType.FLOAT), Dense.init(500, 500, 2, DataType.FLOAT),
                            Dense.init(500, 10, 3, DataType.FLOAT))),
                    Standardization.MNIST, ImageSet.CLASSES, SIDE, SIDE);
            default -> throw new IllegalArgumentException("model: ff or bp, got " + model);
        };
        SaliencyMethod method = SaliencyMethod.parse(path);
        bench = new WindowBench(classifier, images, new float[SIDE * SIDE], method);
        OcclusionGrid grid = new OcclusionGrid(SIDE, SIDE, k, 1, false);
        window = grid.windows().get((SIDE / 2) * SIDE + SIDE / 2);
    }

    /** Returns how many images stay correctly classified with the window occluded. */
    @Benchmark
    public int oneWindow() {
        return bench.evaluate(window);
    }
}
