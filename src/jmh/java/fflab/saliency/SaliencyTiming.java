package fflab.saliency;

import fflab.data.DataDirectory;
import fflab.data.DatasetId;
import fflab.data.DatasetLoader;
import fflab.data.ImageSet;
import fflab.model.FFNetwork;
import fflab.model.ImageClassifier;
import fflab.model.ModelStore;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times ADS on a saved model: the fast path on the whole test set and the naive path on its first
 * images (extrapolated linearly: the naive path's cost is the same for every position and image),
 * and ND4J's own matrix multiply at the fast path's largest shape in the same process.
 *
 * <pre>{@code
 * mvn -q test-compile && FFLAB_PROGRESS=off java -cp "target/test-classes:target/classes:target/lib/*" \
 *     fflab.saliency.SaliencyTiming RUN/model NAIVE_IMAGES 1,3,5,7
 * }</pre>
 */
public final class SaliencyTiming {
    private SaliencyTiming() {}

    public static void main(String[] args) {
        ImageClassifier model = ModelStore.load(Path.of(args[0]));
        int naiveImages = Integer.parseInt(args[1]);
        int[] filters = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        DatasetId dataset = args.length > 3 ? DatasetId.parse(args[3]) : DatasetId.MNIST;
        ImageSet test = DatasetLoader.load(dataset, DataDirectory.resolve(null)).test();
        float[] baseline = BaselineKind.RAW_ZERO.rawValues(model.standardization(), test.features(), null);

        System.out.printf("ND4J gemm [%d x 500] x [500 x 500]: %.1f GFLOP/s%n", rows(model), gemmRate(model));
        AccuracyDifferentialSaliency fast = new AccuracyDifferentialSaliency(model, test, baseline,
                SaliencyMethod.FAST, false);
        for (int k : filters) {
            AdsResult r = fast.compute(new OcclusionGrid(test.rows(), test.cols(), k, 1, false), new int[0]);
            System.out.printf("fast  k=%d images=%d: %.1f s, %,d pairs evaluated, %,d unchanged, %.0f GFLOP, "
                            + "%.1f GFLOP/s, base accuracy %.4f%n", k, test.size(), r.seconds(), r.pairsEvaluated(),
                    r.pairsSkipped(), r.flops() / 1e9, r.gflopPerSecond(), r.baseAccuracy());
        }
        System.out.printf("ND4J gemm again: %.1f GFLOP/s%n", gemmRate(model));
        ImageSet head = test.head(naiveImages);
        AccuracyDifferentialSaliency naive = new AccuracyDifferentialSaliency(model, head, baseline,
                SaliencyMethod.NAIVE, false);
        for (int k : filters) {
            AdsResult r = naive.compute(new OcclusionGrid(test.rows(), test.cols(), k, 1, false), new int[0]);
            System.out.printf("naive k=%d images=%d: %.1f s (%.1f GFLOP/s), extrapolated to %d images: %.0f s%n", k,
                    naiveImages, r.seconds(), r.gflopPerSecond(), test.size(), r.seconds() * test.size() / naiveImages);
        }
    }

    /** Rows of the fast path's deeper-layer multiply: every label of a full block. */
    private static long rows(ImageClassifier model) {
        return model.network() instanceof FFNetwork ff ? (1L << 24) / (500L * ff.classes()) * ff.classes() : 1L << 15;
    }

    /** Median of 5 timed {@code Nd4j.gemm} calls into a preallocated result. */
    private static double gemmRate(ImageClassifier model) {
        long m = rows(model);
        INDArray a = Nd4j.rand(DataType.FLOAT, m, 500);
        INDArray b = Nd4j.rand(DataType.FLOAT, 500, 500);
        INDArray c = Nd4j.create(DataType.FLOAT, m, 500);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        double[] seconds = new double[5];
        for (int i = 0; i < seconds.length; i++) {
            long t = System.nanoTime();
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            seconds[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        return 2.0 * m * 500 * 500 / seconds[2] / 1e9;
    }
}
