package fflab.cnn;

import fflab.nn.Dense;
import fflab.nn.Tensors;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One forward pass of a batch through a convolutional stack, keeping what the backward pass,
 * the goodness and the class activation maps read: every layer's input, normalised input and
 * ReLU activity map.
 */
final class StackPass {
    /** Layer k's input {@code [n, in_k.size()]}: the images for k = 0, else the (pooled) map of layer k-1. */
    final List<INDArray> inputs = new ArrayList<>();
    /** Layer k's normalised input. */
    final List<INDArray> normalised = new ArrayList<>();
    /** Layer k's activities {@code [n * pixels_k, filters_k]}: its NHWC maps after ReLU. */
    final List<INDArray> activities = new ArrayList<>();

    private StackPass() {}

    /**
     * Runs layers {@code 0..layers-1} of {@code stack} on {@code x} ({@code [n, image.size()]}).
     *
     * @param convolutions one per layer (their buffers are reused)
     */
    static StackPass run(ConvStack stack, List<Dense> kernels, List<Convolution> convolutions, INDArray x,
                         int layers) {
        StackPass pass = new StackPass();
        int n = (int) x.rows();
        INDArray in = x;
        for (int k = 0; k < layers; k++) {
            Convolution conv = convolutions.get(k);
            INDArray xn = Nd4j.create(x.dataType(), n, conv.input().size());
            stack.norm().normalise(in, xn);
            INDArray h = Nd4j.create(x.dataType(), (long) n * conv.input().pixels(), kernels.get(k).outputSize());
            conv.forward(xn, kernels.get(k), h);
            Transforms.relu(h, false);
            pass.inputs.add(in);
            pass.normalised.add(xn);
            pass.activities.add(h);
            if (k + 1 < layers) {
                in = pool(stack, conv.input().withChannels(kernels.get(k).outputSize()), h, n);
            }
        }
        return pass;
    }

    /** The pooled map of activities {@code h} of shape {@code shape}, one row per image. */
    static INDArray pool(ConvStack stack, MapShape shape, INDArray h, int n) {
        INDArray maps = h.reshape(n, shape.size());
        if (stack.pooling() == Pooling.NONE) {
            return maps;
        }
        INDArray out = Nd4j.create(h.dataType(), n, stack.pooling().apply(shape).size());
        stack.pooling().forward(maps, shape, out);
        return out;
    }

    /**
     * Frees the off-heap memory of every array this pass made (not the caller's input). ND4J frees
     * an array only once the garbage collector finds its small Java object, and inference makes
     * gigabytes of maps long before the heap asks for a collection.
     */
    void release() {
        for (List<INDArray> arrays : List.of(inputs.subList(1, inputs.size()), normalised, activities)) {
            arrays.forEach(Tensors::free);
        }
    }

    /** Layer k's activities as one row per image, {@code [n, pixels_k * filters_k]}. */
    INDArray maps(int k) {
        INDArray h = activities.get(k);
        long n = inputs.get(0).rows();
        return h.reshape(n, h.length() / n);
    }
}
