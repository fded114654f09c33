package fflab.family;

import fflab.cnn.ConvStack;
import fflab.cnn.MapShape;
import java.util.List;

/**
 * The arithmetic of cost estimates shared by the families: floating-point operations (2 per
 * multiply-add), optimiser steps, accuracy probes, and a lower bound of the memory a run needs
 * (what surely has to be held: the images as floats, each layer's weights with their gradient and
 * two Adam moments, one step's rows of every layer's input and output; not a prediction of the
 * peak). Computed in doubles, so absurd widths give absurd numbers instead of overflowing.
 */
public final class Cost {
    public static final int PIXELS = 28 * 28;
    public static final int CLASSES = 10;
    private static final double FLOAT = 4;
    /** Weights, their gradient and the optimiser's two moments. */
    private static final double COPIES_PER_WEIGHT = 4;
    /** A layer's output, activation and gradient. */
    private static final double COPIES_PER_OUTPUT = 3;
    /** The 60,000 training and 10,000 test images of either dataset, as floats. */
    public static final double DATA_BYTES = 70_000 * (double) PIXELS * FLOAT;

    private Cost() {}

    /** One forward pass of {@code images} images through the dense layers (and a softmax output). */
    public static double denseFlops(List<Integer> hidden, boolean softmaxOutput, int images) {
        double macs = 0;
        int in = PIXELS;
        for (int width : hidden) {
            macs += (double) in * width;
            in = width;
        }
        if (softmaxOutput) {
            macs += (double) in * CLASSES;
        }
        return 2 * macs * images;
    }

    /**
     * What the fast ADS path multiplies per occluded image, beyond the first layer's {@code x W} it
     * corrects: the window's {@code filter^2} rows of the first layer, then the deeper layers once per
     * pass (the FF-MLP: one per label; the BP-MLP: one, with its softmax output).
     */
    public static double windowFlops(List<Integer> hidden, boolean softmaxOutput, int passes, int filter) {
        double macs = (double) filter * filter * hidden.get(0);
        int in = hidden.get(0);
        double deeper = 0;
        for (int width : hidden.subList(1, hidden.size())) {
            deeper += (double) in * width;
            in = width;
        }
        if (softmaxOutput) {
            deeper += (double) in * CLASSES;
        }
        return 2 * (macs + passes * deeper);
    }

    /** The convolutions of one forward pass of {@code images} images. */
    public static double convFlops(ConvStack stack, int images) {
        return 2 * stack.multiplyAdds(MapShape.MNIST) * images;
    }

    /** Batches per epoch; batch size 0 is one full batch. */
    public static long batches(int batchSize, int trainImages) {
        return batchSize == 0 ? 1 : (trainImages + batchSize - 1) / batchSize;
    }

    /** Accuracy measurements of {@code stages} training stages of {@code epochs} epochs each. */
    public static int probes(int epochs, int evalEvery, int stages) {
        return stages * (evalEvery == 0 ? 1 : (epochs + evalEvery - 1) / evalEvery);
    }

    /** Bytes of dense layers from the 784 pixels through {@code widths} (and 10 softmax outputs). */
    public static double denseMemory(List<Integer> widths, boolean softmax, double rows) {
        double floats = 0;
        double in = PIXELS;
        List<Integer> layers = new java.util.ArrayList<>(widths);
        if (softmax) {
            layers.add(CLASSES);
        }
        for (double out : layers) {
            floats += COPIES_PER_WEIGHT * (in + 1) * out + rows * (in + COPIES_PER_OUTPUT * out);
            in = out;
        }
        return DATA_BYTES + FLOAT * floats;
    }

    /** Bytes of convolutions with 'same' padding: each layer's patch matrix (im2col), outputs and kernels. */
    public static double convMemory(ConvStack stack, double rows) {
        double floats = 0;
        for (int k = 0; k < stack.layers(); k++) {
            MapShape in = stack.inputShape(k, MapShape.MNIST);
            double patch = (double) stack.kernel() * stack.kernel() * in.channels();
            double out = stack.filters().get(k);
            floats += COPIES_PER_WEIGHT * (patch + 1) * out + rows * in.pixels() * (patch + COPIES_PER_OUTPUT * out);
        }
        return DATA_BYTES + FLOAT * floats;
    }
}
