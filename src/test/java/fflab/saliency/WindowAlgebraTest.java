package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;

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
import fflab.nn.RowNorm;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The window algebra of the fast paths against materialised occlusion, pair by pair: for random
 * windows on real test images, the fast evaluators' true-label scores equal the naive evaluator's
 * (which occludes the raw image and runs the layers) to float precision, for every baseline, with
 * and without occluding the FF label pixels, with a label-free first layer skipped or not, and for
 * both input normalisations.
 */
class WindowAlgebraTest {
    private static final int IMAGES = 40;

    static List<Arguments> cases() {
        return List.of(
                Arguments.of(BaselineKind.RAW_ZERO, false, false, RowNorm.LENGTH),
                Arguments.of(BaselineKind.RAW_ZERO, true, false, RowNorm.RMS),
                Arguments.of(BaselineKind.STANDARDISED_ZERO, true, true, RowNorm.LENGTH),
                Arguments.of(BaselineKind.DATASET_MEAN, false, true, RowNorm.RMS),
                Arguments.of(BaselineKind.DATASET_MEAN, true, false, RowNorm.LENGTH));
    }

    @ParameterizedTest(name = "FF, {0}, occlude label {1}, skip first layer {2}, {3} norm")
    @MethodSource("cases")
    void ffScoresMatchMaterialisedOcclusion(BaselineKind baseline, boolean occludeLabel, boolean skipFirst,
                                            RowNorm norm) {
        List<Dense> layers = List.of(Dense.init(784, 60, 11, DataType.FLOAT), Dense.init(60, 40, 12, DataType.FLOAT));
        FFNetwork net = new FFNetwork(layers, Goodness.MEAN, 2.8, ImageSet.CLASSES, skipFirst, norm);
        ImageClassifier model = new ImageClassifier(ModelKind.FF_MLP, FFConfig.reference(), net, Standardization.MNIST,
                ImageSet.CLASSES, 28, 28);
        OcclusionInputs in = inputs(model, baseline);
        check(new FFWindowEvaluator(net, in, occludeLabel), new NaiveEvaluator(model, in, occludeLabel), in);
    }

    @ParameterizedTest(name = "BP, {0}")
    @MethodSource("cases")
    void bpScoresMatchMaterialisedOcclusion(BaselineKind baseline, boolean unused1, boolean unused2, RowNorm unused3) {
        BPNetwork net = new BPNetwork(List.of(Dense.init(784, 50, 21, DataType.FLOAT),
                Dense.init(50, 30, 22, DataType.FLOAT), Dense.init(30, 10, 23, DataType.FLOAT)));
        ImageClassifier model = new ImageClassifier(ModelKind.BP_MLP, BPConfig.reference(), net, Standardization.MNIST,
                ImageSet.CLASSES, 28, 28);
        OcclusionInputs in = inputs(model, baseline);
        check(new BPWindowEvaluator(net, in), new NaiveEvaluator(model, in, false), in);
    }

    private static OcclusionInputs inputs(ImageClassifier model, BaselineKind baseline) {
        ImageSet images = TinyModels.test(IMAGES);
        return new OcclusionInputs(images, model.standardization(),
                baseline.rawValues(model.standardization(), images.features(), TinyModels.train()));
    }

    /** Random windows (all sizes, borders and the label corner included) on every image. */
    private static void check(OcclusionEvaluator fast, OcclusionEvaluator naive, OcclusionInputs in) {
        SplittableRandom rng = new SplittableRandom(5);
        List<Window> windows = new java.util.ArrayList<>();
        windows.add(Window.NONE);
        windows.add(new OcclusionGrid(28, 28, 5, 1, false).windows().get(2)); // over label pixels 0..4
        for (int k : new int[] {1, 3, 7, 27}) {
            List<Window> all = new OcclusionGrid(28, 28, k, 1, false).windows();
            for (int t = 0; t < 4; t++) {
                windows.add(all.get(rng.nextInt(all.size())));
            }
        }
        PairBlock block = new PairBlock(windows.size() * in.size()); // within the naive evaluator's 1024
        int skipped = 0;
        for (Window w : windows) {
            for (int i = 0; i < in.size(); i++) {
                if (fast.mustEvaluate(w, i)) {
                    block.add(w, i);
                } else {
                    skipped++;
                    assertUnchanged(in, w, i);
                }
            }
        }
        int n = block.size();
        int[] pf = new int[n];
        int[] pn = new int[n];
        double[] sf = new double[n];
        double[] sn = new double[n];
        fast.evaluate(block, pf, sf);
        naive.evaluate(block, pn, sn);
        double worst = 0;
        for (int r = 0; r < n; r++) {
            worst = Math.max(worst, Math.abs(sf[r] - sn[r]) / Math.max(1e-3, Math.abs(sn[r])));
        }
        // float32 noise: a margin is a difference of goodness values (28x larger activities under RMS);
        // a wrong term in the algebra moves scores by whole percents
        assertThat(worst).as("largest relative score difference over %d pairs", n).isLessThan(5e-4);
        assertThat(n).as("pairs compared").isGreaterThan(100);
        assertThat(skipped + n).isEqualTo(windows.size() * in.size());
    }

    /** A pair the fast path skips must leave the standardised image exactly as it was. */
    private static void assertUnchanged(OcclusionInputs in, Window w, int image) {
        for (int j : w.pixels()) {
            if (j >= ImageSet.CLASSES) {
                assertThat(in.differs(image, j)).as("pixel %d of image %d", j, image).isFalse();
            }
        }
    }
}
