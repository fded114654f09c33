package fflab.cnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's own convolution ops ({@code conv2d}, {@code conv2d_bp}; NHWC maps, HWIO kernels, stride 1,
 * "same" padding): the reference fflab's patch-matrix convolution is checked and timed against.
 */
public final class Nd4jConv {
    private final INDArray input;
    private final INDArray kernel;
    private final INDArray bias;
    private final INDArray output;
    private final INDArray inputGradient;
    private final INDArray kernelGradient;
    private final INDArray biasGradient;
    private final int k;

    /**
     * @param input {@code [n, h, w, c]}
     * @param kernel {@code [k, k, c, o]}
     * @param bias {@code [o]}
     */
    public Nd4jConv(INDArray input, INDArray kernel, INDArray bias) {
        this.input = input;
        this.kernel = kernel;
        this.bias = bias;
        this.k = (int) kernel.size(0);
        long[] s = input.shape();
        this.output = Nd4j.create(input.dataType(), s[0], s[1], s[2], kernel.size(3));
        this.inputGradient = Nd4j.create(input.dataType(), s);
        this.kernelGradient = Nd4j.create(input.dataType(), kernel.shape());
        this.biasGradient = Nd4j.create(input.dataType(), bias.shape());
    }

    /** {@code [n, h, w, o]}. */
    public INDArray forward() {
        Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(input, kernel, bias).addOutputs(output)
                .addIntegerArguments(args()).build());
        return output;
    }

    /** Fills the three gradients for the output gradient {@code gradOut [n, h, w, o]}. */
    public void backward(INDArray gradOut) {
        Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(input, kernel, bias, gradOut)
                .addOutputs(inputGradient, kernelGradient, biasGradient).addIntegerArguments(args()).build());
    }

    public INDArray inputGradient() {
        return inputGradient;
    }

    public INDArray kernelGradient() {
        return kernelGradient;
    }

    public INDArray biasGradient() {
        return biasGradient;
    }

    /** kernel, stride 1, no explicit padding, dilation 1, 'same' mode, NHWC, HWIO weights. */
    private int[] args() {
        return new int[] {k, k, 1, 1, 0, 0, 1, 1, 1, 1, 0};
    }
}
