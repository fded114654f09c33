package fflab.cnn;

import java.util.ArrayList;
import java.util.List;

/**
 * The convolutions of a stack with their buffers, one set per thread: inference may run on several
 * threads, and a convolution's patch buffer is reused from call to call.
 */
final class ConvWorkspaces {
    private final ConvStack stack;
    private final MapShape image;
    private final int layers;
    private final ThreadLocal<List<Convolution>> perThread = ThreadLocal.withInitial(this::fresh);

    ConvWorkspaces(ConvStack stack, MapShape image, int layers) {
        this.stack = stack;
        this.image = image;
        this.layers = layers;
    }

    /** This thread's convolutions. */
    List<Convolution> get() {
        return perThread.get();
    }

    /** New convolutions with their own buffers (for a trainer, which keeps them). */
    List<Convolution> fresh() {
        List<Convolution> out = new ArrayList<>();
        for (int k = 0; k < layers; k++) {
            out.add(stack.convolution(k, image));
        }
        return out;
    }
}
