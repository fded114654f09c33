package fflab.cnn;

import fflab.nn.Dense;
import fflab.nn.SoftmaxCrossEntropy;
import fflab.nn.StackedInput;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The cross-entropy of a BP-CNN on a batch and its gradient with respect to every kernel, bias
 * and the head, written out by hand: softmax head, then per layer (top down) ReLU, convolution
 * (weight and input gradients), input normalisation and pooling backwards.
 */
final class BPConvGradients {
    private final BPConvNetwork network;
    private final List<Convolution> convolutions;
    /** Per layer, then the head: the gradient of its {@code [W; b]} parameters. */
    private final List<INDArray> parameterGradients = new ArrayList<>();

    BPConvGradients(BPConvNetwork network) {
        this.network = network;
        this.convolutions = network.newConvolutions();
        List<Dense> all = new ArrayList<>(network.kernels());
        all.add(network.head());
        for (Dense d : all) {
            parameterGradients.add(Nd4j.create(d.parameters().dataType(), d.parameters().shape()));
        }
    }

    /** Gradient of layer k's {@link Dense#parameters()} (k = layers: the head's). */
    INDArray parameterGradient(int k) {
        return parameterGradients.get(k);
    }

    /** Gradient of layer k's kernel (k = layers: the head's weights). */
    INDArray weightGradient(int k) {
        return Dense.weightRows(parameterGradients.get(k));
    }

    INDArray biasGradient(int k) {
        return Dense.biasRow(parameterGradients.get(k));
    }

    /** Fills every gradient for the batch; returns its mean cross-entropy. */
    double compute(INDArray images, int[] labels) {
        ConvStack stack = network.stack();
        List<Dense> kernels = network.kernels();
        int depth = kernels.size();
        int n = (int) images.rows();
        StackPass pass = StackPass.run(stack, kernels, convolutions, images, depth);
        INDArray top = pass.maps(depth - 1);
        INDArray dLogits = network.head().preActivation(top);
        double loss = SoftmaxCrossEntropy.lossAndGradientInPlace(dLogits, labels);
        new StackedInput(top).parameterGradient(network.head(), dLogits, parameterGradients.get(depth));
        INDArray dZ = Nd4j.gemm(dLogits, network.head().weights(), false, true)
                .reshape(pass.activities.get(depth - 1).shape());
        for (int k = depth - 1; k >= 0; k--) {
            INDArray h = pass.activities.get(k);
            dZ.muli(Transforms.sign(h, true)); // ReLU: h > 0 exactly where z > 0
            Convolution conv = convolutions.get(k);
            conv.weightGradient(pass.normalised.get(k), dZ, weightGradient(k), biasGradient(k));
            if (k > 0) {
                INDArray dNormalised = Nd4j.create(h.dataType(), n, conv.input().size());
                conv.inputGradient(dZ, kernels.get(k), dNormalised);
                INDArray dPooled = Nd4j.create(h.dataType(), n, conv.input().size());
                stack.norm().backward(pass.inputs.get(k), pass.normalised.get(k), dNormalised, dPooled);
                INDArray below = pass.activities.get(k - 1);
                INDArray dBelow = Nd4j.create(h.dataType(), n, below.length() / n);
                stack.pooling().backward(pass.maps(k - 1), convolutions.get(k - 1).input()
                        .withChannels(kernels.get(k - 1).outputSize()), dPooled, dBelow);
                dZ = dBelow.reshape(below.shape());
            }
        }
        return loss;
    }
}
