package fflab.nn;

import fflab.testing.FiniteDifferences;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The analytic local gradient of an FF layer against central finite differences, in double precision. */
@DisplayName("FF layer gradient against finite differences")
class FFLayerGradientTest {
    private static final int IMAGES = 6;
    private static final int FEATURES = 20;
    private static final int CLASSES = 4;
    private static final int WIDTH = 7;

    @ParameterizedTest(name = "{0} goodness, stacked input")
    @EnumSource(Goodness.class)
    @DisplayName("analytic gradient matches finite differences for a materialised input")
    void stackedInputGradientMatchesFiniteDifferences(Goodness goodness) {
        OverlayBasis basis = randomBasis();
        int[] pos = labels(1);
        int[] neg = labels(2);
        INDArray rows = Nd4j.vstack(basis.materialise(pos), basis.materialise(neg));
        checkGradient(goodness, () -> new StackedInput(rows));
    }

    @ParameterizedTest(name = "{0} goodness, stacked input with a ones column")
    @EnumSource(Goodness.class)
    @DisplayName("analytic gradient matches finite differences for an input carrying the bias column")
    void augmentedInputGradientMatchesFiniteDifferences(Goodness goodness) {
        OverlayBasis basis = randomBasis();
        INDArray rows = StackedInput.withOnesColumn(Nd4j.vstack(basis.materialise(labels(1)), basis.materialise(labels(2))));
        checkGradient(goodness, () -> new StackedInput(rows));
    }

    @ParameterizedTest(name = "{0} goodness, overlaid input")
    @EnumSource(Goodness.class)
    @DisplayName("analytic gradient matches finite differences for the first-layer overlay algebra")
    void overlaidInputGradientMatchesFiniteDifferences(Goodness goodness) {
        OverlayBasis basis = randomBasis();
        int[] pos = labels(1);
        int[] neg = labels(2);
        checkGradient(goodness, () -> new OverlaidImageInput(basis, IMAGES, WIDTH, true).load(null, pos, neg));
    }

    private static void checkGradient(Goodness goodness, Supplier<LayerInput> input) {
        Dense dense = Dense.init(FEATURES, WIDTH, 7, DataType.DOUBLE);
        // A theta near the goodness keeps every row in the sensitive part of the sigmoid.
        double theta = goodness == Goodness.SUM ? 0.5 : 0.05;
        FFLayer layer = new FFLayer(dense, goodness, theta, 0.01);
        FFLayer.Step step = layer.step(2 * IMAGES);
        step.forward(input.get());
        step.computeGradients();
        INDArray analyticW = step.weightGradient().dup();
        INDArray analyticB = step.biasGradient().dup();

        FiniteDifferences.assertMatches(dense.weights(), analyticW, () -> loss(step, input), Integer.MAX_VALUE, 1e-5);
        FiniteDifferences.assertMatches(dense.bias(), analyticB, () -> loss(step, input), Integer.MAX_VALUE, 1e-5);
    }

    private static double loss(FFLayer.Step step, Supplier<LayerInput> input) {
        step.forward(input.get());
        return step.loss();
    }

    static OverlayBasis randomBasis() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] x = new double[IMAGES * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        return OverlayBasis.of(Tensors.matrix(x, IMAGES, FEATURES, DataType.DOUBLE), 2.5, CLASSES);
    }

    static int[] labels(int shift) {
        int[] y = new int[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            y[i] = (i + shift) % CLASSES;
        }
        return y;
    }
}
