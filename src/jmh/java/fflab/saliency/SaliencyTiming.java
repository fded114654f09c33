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
 *     fflab.saliency.SaliencyTiming RUN/model NAIVE_IMAGES FAST_FILTERS NAIVE_FILTERS [COUNT_FILTERS [DATASET]]
 * }</pre>
 *
 * Filter lists are comma-separated; "-" for none. COUNT_FILTERS only counts the pairs the fast
 * path would evaluate (its work), for extrapolating from a timed filter size on a busy machine.
 */
public final class SaliencyTiming {
    private SaliencyTiming() {}

    public static void main(String[] args) {
        ImageClassifier model = ModelStore.load(Path.of(args[0]));
        int naiveImages = Integer.parseInt(args[1]);
        int[] fastFilters = filters(args[2]);
        int[] naiveFilters = filters(args[3]);
        int[] countFilters = args.length > 4 ? filters(args[4]) : new int[0];
        DatasetId dataset = args.length > 5 ? DatasetId.parse(args[5]) : DatasetId.MNIST;
        ImageSet test = DatasetLoader.load(dataset, DataDirectory.resolve(null)).test();
        float[] baseline = BaselineKind.RAW_ZERO.rawValues(model.standardization(), test.features(), null);

        System.out.printf("ND4J gemm [%d x 500] x [500 x 500]: %.1f GFLOP/s%n", rows(model), gemmRate(model));
        AccuracyDifferentialSaliency fast = new AccuracyDifferentialSaliency(model, test, baseline,
                SaliencyMethod.FAST, false);
        for (int k : countFilters) {
            System.out.printf("count k=%d images=%d: %,d pairs to evaluate%n", k, test.size(),
                    fast.pairsToEvaluate(new OcclusionGrid(test.rows(), test.cols(), k, 1, false)));
        }
        for (int k : fastFilters) {
            AdsResult r = fast.compute(new OcclusionGrid(test.rows(), test.cols(), k, 1, false), new int[0]);
            System.out.printf("fast  k=%d images=%d: %.1f s, %,d pairs evaluated, %,d unchanged, %.0f GFLOP, "
                            + "%.1f GFLOP/s, base accuracy %.4f%n", k, test.size(), r.seconds(), r.pairsEvaluated(),
                    r.pairsSkipped(), r.flops() / 1e9, r.gflopPerSecond(), r.baseAccuracy());
        }
        System.out.printf("ND4J gemm again: %.1f GFLOP/s%n", gemmRate(model));
        ImageSet head = test.head(naiveImages);
        AccuracyDifferentialSaliency naive = new AccuracyDifferentialSaliency(model, head, baseline,
                SaliencyMethod.NAIVE, false);
        for (int k : naiveFilters) {
            AdsResult r = naive.compute(new OcclusionGrid(test.rows(), test.cols(), k, 1, false), new int[0]);
            System.out.printf("naive k=%d images=%d: %.1f s (%.1f GFLOP/s), extrapolated to %d images: %.0f s%n", k,
                    naiveImages, r.seconds(), r.gflopPerSecond(), test.size(), r.seconds() * test.size() / naiveImages);
        }
    }

    private static int[] filters(String list) {
        return list.equals("-") ? new int[0] : Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
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
