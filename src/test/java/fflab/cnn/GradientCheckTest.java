package fflab.cnn;

import fflab.nn.Dense;
import fflab.nn.FFLayer;
import fflab.nn.Goodness;
import fflab.testing.FiniteDifferences;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Analytic gradients of the FF-CNN local loss and of the BP-CNN against central finite differences (double). */
class GradientCheckTest {
    private static final MapShape IMAGE = new MapShape(6, 6, 1);
    /** Entries checked per array: each loss evaluation is a full pass. */
    private static final int CHECKED = 12;

    @ParameterizedTest(name = "{0} goodness, {1} input maps")
    @CsvSource({"SUM, 1", "MEAN, 1", "SUM, 3", "MEAN, 3"})
    @DisplayName("FF-CNN: the local gradient of a convolutional layer matches finite differences")
    void ffLocalGradient(Goodness goodness, int channels) {
        MapShape in = new MapShape(5, 5, channels);
        int filters = 4;
        int k = 3;
        int images = 3;
        Dense kernel = Dense.init(k * k * channels, filters, 7, DataType.DOUBLE);
        INDArray maps = Nd4j.rand(DataType.DOUBLE, 2 * images, in.size()).subi(0.3);
        InputNorm.LAYER.normalise(maps, maps);
        // a theta near the goodness keeps every example in the sensitive part of the sigmoid
        double theta = goodness == Goodness.SUM ? 8 : 0.1;
        FFLayer layer = new FFLayer(kernel, goodness, theta, 0.01, in.pixels());
        Convolution conv = new Convolution(in, k);
        FFLayer.Step step = layer.step(2 * images * in.pixels());
        step.forward(new PatchInput(conv, maps));
        step.computeGradients();
        INDArray dW = step.weightGradient().dup();
        INDArray db = step.biasGradient().dup();
        DoubleSupplier loss = () -> {
            step.forward(new PatchInput(conv, maps));
            return step.loss();
        };
        assertMatchesFiniteDifferences(kernel.weights(), dW, loss);
        assertMatchesFiniteDifferences(kernel.bias(), db, loss);
    }

    @ParameterizedTest(name = "{0} goodness")
    @CsvSource({"SUM", "MEAN"})
    @DisplayName("FF-CNN channel-wise competition: the local gradient of a convolutional layer matches finite differences")
    void channelwiseGradient(Goodness goodness) {
        MapShape in = new MapShape(5, 5, 2);
        int classes = 3;
        int k = 3;
        int images = 4;
        Dense kernel = Dense.init(k * k * in.channels(), 2 * classes, 11, DataType.DOUBLE);
        INDArray maps = Nd4j.rand(DataType.DOUBLE, images, in.size()).subi(0.3);
        InputNorm.LAYER.normalise(maps, maps);
        int[] labels = {0, 2, 1, 2};
        FFLayer layer = FFLayer.channelwise(kernel, goodness, 0.01, in.pixels(), classes);
        Convolution conv = new Convolution(in, k);
        FFLayer.Step step = layer.step(images * in.pixels());
        step.forward(new PatchInput(conv, maps), labels);
        step.computeGradients();
        INDArray dW = step.weightGradient().dup();
        INDArray db = step.biasGradient().dup();
        DoubleSupplier loss = () -> {
            step.forward(new PatchInput(conv, maps), labels);
            return step.loss();
        };
        assertMatchesFiniteDifferences(kernel.weights(), dW, loss);
        assertMatchesFiniteDifferences(kernel.bias(), db, loss);
    }

    @ParameterizedTest(name = "{0} input norm, {1} pooling")
    @CsvSource({"LAYER, MAX", "LENGTH, MAX", "LAYER, NONE", "LENGTH, NONE"})
    @DisplayName("BP-CNN: every kernel, bias and head gradient matches finite differences")
    void bpGradient(InputNorm norm, Pooling pooling) {
        ConvStack stack = new ConvStack(List.of(2, 3), 3, pooling, norm);
        SplittableRandom rng = new SplittableRandom(5);
        List<Dense> kernels = stack.initialKernels(IMAGE, rng, DataType.DOUBLE);
        Dense head = Dense.init(stack.outputShape(1, IMAGE).size(), 4, 9, DataType.DOUBLE);
        BPConvNetwork network = new BPConvNetwork(stack, kernels, head, IMAGE);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 3, IMAGE.size());
        int[] labels = {0, 3, 1};
        BPConvGradients gradients = new BPConvGradients(network);
        gradients.compute(images, labels);
        DoubleSupplier loss = () -> new BPConvGradients(network).compute(images, labels);
        List<Dense> all = List.of(kernels.get(0), kernels.get(1), head);
        for (int k = 0; k < all.size(); k++) {
            assertMatchesFiniteDifferences(all.get(k).weights(), gradients.weightGradient(k).dup(), loss);
            assertMatchesFiniteDifferences(all.get(k).bias(), gradients.biasGradient(k).dup(), loss);
        }
    }

    private static void assertMatchesFiniteDifferences(INDArray param, INDArray analytic, DoubleSupplier loss) {
        FiniteDifferences.assertMatches(param, analytic, loss, CHECKED, 1e-4);
    }
}
