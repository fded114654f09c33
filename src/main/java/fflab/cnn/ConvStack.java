package fflab.cnn;

import fflab.nn.Dense;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The convolutional layers FF-CNN and BP-CNN share: layer k normalises its input map, convolves it
 * ({@code filters[k]} filters of {@code kernel x kernel}, stride 1, "same" padding) and applies
 * ReLU; the pooling (if any) sits between layers, not after the last.
 */
public record ConvStack(List<Integer> filters, int kernel, Pooling pooling, InputNorm norm) {

    public ConvStack {
        filters = List.copyOf(filters);
    }

    /** Why this stack cannot run on images of {@code image}, or null when it can. */
    public String problem(MapShape image) {
        if (filters.isEmpty()) {
            return "filters: expected at least one layer";
        }
        for (int f : filters) {
            if (f < 1) {
                return "filters: expected every count >= 1, got " + f;
            }
        }
        if (kernel < 1 || kernel % 2 == 0) {
            return "kernel: expected an odd size >= 1 ('same' padding), got " + kernel;
        }
        int side = Math.min(image.height(), image.width());
        for (int k = 0; k + 1 < filters.size() && pooling == Pooling.MAX; k++) {
            side /= 2;
        }
        if (side < 1) {
            return "pooling: " + filters.size() + " layers pool a " + image.height() + "x" + image.width()
                    + " image to nothing";
        }
        return null;
    }

    public int layers() {
        return filters.size();
    }

    /** The input map shape of layer k (0-based), for images of shape {@code image}. */
    public MapShape inputShape(int k, MapShape image) {
        MapShape s = image;
        for (int i = 0; i < k; i++) {
            s = pooling.apply(s.withChannels(filters.get(i)));
        }
        return s;
    }

    /** The output (activity) map shape of layer k, before any pooling. */
    public MapShape outputShape(int k, MapShape image) {
        return inputShape(k, image).withChannels(filters.get(k));
    }

    /** A convolution for layer k's input geometry (holds its own buffers). */
    public Convolution convolution(int k, MapShape image) {
        return new Convolution(inputShape(k, image), kernel);
    }

    /** Initial kernels, {@code [k*k*C, O]} and bias: uniform in +-1/sqrt(k*k*C), as PyTorch's Conv2d. */
    public List<Dense> initialKernels(MapShape image, SplittableRandom rng, DataType type) {
        List<Dense> out = new ArrayList<>();
        for (int k = 0; k < filters.size(); k++) {
            out.add(Dense.init(kernel * kernel * inputShape(k, image).channels(), filters.get(k), rng.nextLong(), type));
        }
        return out;
    }

    /** Multiply-adds of one forward pass of one image through all layers (for cost estimates). */
    public double multiplyAdds(MapShape image) {
        double total = 0;
        for (int k = 0; k < filters.size(); k++) {
            MapShape in = inputShape(k, image);
            total += (double) in.pixels() * kernel * kernel * in.channels() * filters.get(k);
        }
        return total;
    }
}
