package fflab.cnn;

import fflab.FflabException;
import fflab.option.Opt;
import fflab.option.RecordBuilder;
import java.util.List;

/**
 * The back-propagation twin of an FF-CNN: the same convolutional stack (normalised inputs, conv,
 * ReLU, pooling between layers), then a dense softmax layer on the last map, trained end to end
 * with cross-entropy and Adam.
 *
 * Each component declares its option ({@link Opt}): see docs/options.md.
 */
public record BPCnnConfig(
        @Opt(name = "filters", min = 1, doc = "filters of each convolutional layer, input side first")
        List<Integer> filters,
        @Opt(name = "kernel", min = 1, max = 28, maxWhy = "the 28x28 image", odd = true,
                doc = "kernel size of every layer (odd: 'same' padding)")
        int kernel,
        @Opt(name = "pooling", doc = "between layers: none, or max (2x2)")
        Pooling pooling,
        @Opt(name = "norm", doc = "normalisation of every layer's input map")
        InputNorm norm,
        @Opt(name = "learning_rate", min = 0, minExclusive = true, flags = "--lr", doc = "Adam learning rate")
        double learningRate,
        @Opt(name = "epochs", min = 1, doc = "epochs")
        int epochs,
        @Opt(name = "batch_size", min = 1, doc = "images per step")
        int batchSize,
        @Opt(name = "eval_every", min = 0, doc = "epochs between accuracy measurements; 0 = at the end only")
        int evalEvery) {

    public BPCnnConfig {
        filters = List.copyOf(filters);
        String stack = new ConvStack(filters, kernel, pooling, norm).problem(MapShape.MNIST);
        require(stack == null, stack);
        require(learningRate > 0, "learning-rate: expected > 0, got " + learningRate);
        require(epochs > 0, "epochs: expected > 0, got " + epochs);
        require(batchSize > 0, "batch-size: expected > 0, got " + batchSize);
        require(evalEvery >= 0, "eval-every: expected >= 0, got " + evalEvery);
    }

    /** The paper network's shape (3 x 128 filters of 7x7, layer norm, no pooling), Adam 1e-3, batch 50. */
    public static BPCnnConfig paper() {
        FFCnnConfig ff = FFCnnConfig.paper();
        return new BPCnnConfig(ff.filters(), ff.kernel(), ff.pooling(), ff.norm(), 1e-3, 20, 50, 1);
    }

    /** The shape of {@link FFCnnConfig#cpu()}. */
    public static BPCnnConfig cpu() {
        return twinOf(FFCnnConfig.cpu(), 1e-3, 4, 100);
    }

    /** The BP network with the same stack as {@code ff}. */
    public static BPCnnConfig twinOf(FFCnnConfig ff, double learningRate, int epochs, int batchSize) {
        return new BPCnnConfig(ff.filters(), ff.kernel(), ff.pooling(), ff.norm(), learningRate, epochs, batchSize, 1);
    }

    public ConvStack stack() {
        return new ConvStack(filters, kernel, pooling, norm);
    }

    public RecordBuilder<BPCnnConfig> toBuilder() {
        return RecordBuilder.from(this);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new FflabException("bp-cnn option " + message);
        }
    }
}
