package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The analytic local gradient of an FF layer against central finite differences, in double precision. */
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

        assertMatchesFiniteDifferences(dense.weights(), analyticW, () -> loss(step, input));
        assertMatchesFiniteDifferences(dense.bias(), analyticB, () -> loss(step, input));
    }

    private static double loss(FFLayer.Step step, Supplier<LayerInput> input) {
        step.forward(input.get());
        return step.loss();
    }

    private static void assertMatchesFiniteDifferences(INDArray param, INDArray analytic, Supplier<Double> loss) {
        double h = 1e-6;
        double worst = 0;
        for (long i = 0; i < param.length(); i++) {
            double original = param.getDouble(i);
            param.putScalar(i, original + h);
            double plus = loss.get();
            param.putScalar(i, original - h);
            double minus = loss.get();
            param.putScalar(i, original);
            double numeric = (plus - minus) / (2 * h);
            double a = analytic.getDouble(i);
            double error = Math.abs(numeric - a) / Math.max(1e-8, Math.abs(numeric) + Math.abs(a));
            worst = Math.max(worst, error);
        }
        assertThat(worst).as("largest relative error").isLessThan(1e-5);
        assertThat(analytic.norm2Number().doubleValue()).as("gradient is not trivially zero").isGreaterThan(1e-6);
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
