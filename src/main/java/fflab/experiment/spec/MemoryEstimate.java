package fflab.experiment.spec;

import fflab.cnn.ConvStack;
import fflab.cnn.MapShape;
import java.util.List;

/**
 * A lower bound of the memory a run needs, for the spec's size checks: what surely has to be
 * held (the images as floats, each layer's weights with their gradient and two Adam moments, one
 * step's rows of every layer's input and output), not a prediction of the peak. Computed in
 * doubles, so absurd widths give absurd numbers instead of overflowing.
 */
public final class MemoryEstimate {
    private static final double FLOAT = 4;
    /** Weights, their gradient and the optimiser's two moments. */
    private static final double COPIES_PER_WEIGHT = 4;
    /** A layer's output, activation and gradient. */
    private static final double COPIES_PER_OUTPUT = 3;
    /** The training and test images of either dataset, as floats. */
    static final double DATA_BYTES = (SpecSchema.TRAINING_FILE_IMAGES + SpecSchema.TEST_FILE_IMAGES)
            * (double) MlpShapes.PIXELS * FLOAT;

    private MemoryEstimate() {}

    /** Dense layers from the 784 pixels through {@code widths} (and a 10-class output when {@code softmax}). */
    static double dense(List<Integer> widths, boolean softmax, double rows) {
        double floats = 0;
        double in = MlpShapes.PIXELS;
        for (double out : softmax ? CnnShapes.concat(widths, List.of(MlpShapes.CLASSES)) : widths) {
            floats += COPIES_PER_WEIGHT * (in + 1) * out + rows * (in + COPIES_PER_OUTPUT * out);
            in = out;
        }
        return DATA_BYTES + FLOAT * floats;
    }

    /** Convolutions with 'same' padding: each layer's patch matrix (im2col), outputs and kernels. */
    static double conv(ConvStack stack, double rows) {
        double floats = 0;
        for (int k = 0; k < stack.layers(); k++) {
            MapShape in = stack.inputShape(k, MapShape.MNIST);
            double patch = (double) stack.kernel() * stack.kernel() * in.channels();
            double out = stack.filters().get(k);
            floats += COPIES_PER_WEIGHT * (patch + 1) * out + rows * in.pixels() * (patch + COPIES_PER_OUTPUT * out);
        }
        return DATA_BYTES + FLOAT * floats;
    }

    /** The physical memory of this machine. */
    public static double physicalBytes() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
    }

    public static String gigabytes(double bytes) {
        double gib = bytes / (1L << 30);
        return gib >= 100 ? String.format("%,.0f GiB", gib) : String.format("%.1f GiB", gib);
    }
}
