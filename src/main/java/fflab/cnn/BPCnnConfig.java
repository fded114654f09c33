package fflab.cnn;

import fflab.FflabException;
import fflab.option.Opt;
import fflab.option.SharedOpts;
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
        @SharedOpts.Filters List<Integer> filters,
        @SharedOpts.Kernel int kernel,
        @SharedOpts.Pooling Pooling pooling,
        @SharedOpts.ConvNorm InputNorm norm,
        @SharedOpts.AdamLearningRate double learningRate,
        @SharedOpts.Epochs int epochs,
        @SharedOpts.BatchSize int batchSize,
        @SharedOpts.EvalEvery int evalEvery) {

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
