package fflab.model;

import fflab.FflabException;
import java.util.List;

/**
 * A back-propagation MLP baseline: the FF network's hidden widths with ReLU, a softmax output,
 * cross-entropy, Adam and mini-batches, trained end to end.
 *
 * @param evalEvery epochs between accuracy measurements in the history; 0 only at the end
 */
public record BPConfig(List<Integer> hiddenSizes, double learningRate, int epochs, int batchSize, int evalEvery) {

    public BPConfig {
        hiddenSizes = List.copyOf(hiddenSizes);
        require(!hiddenSizes.isEmpty(), "hidden-sizes", "at least one layer");
        for (int h : hiddenSizes) {
            require(h > 0, "hidden-sizes", "every width > 0, got " + h);
        }
        require(learningRate > 0, "learning-rate", "> 0, got " + learningRate);
        require(epochs > 0, "epochs", "> 0, got " + epochs);
        require(batchSize > 0, "batch-size", "> 0, got " + batchSize);
        require(evalEvery >= 0, "eval-every", ">= 0, got " + evalEvery);
    }

    /** 784-500-500-10, Adam 1e-3, batches of 100, 20 epochs. */
    public static BPConfig reference() {
        return new BPConfig(List.of(500, 500), 1e-3, 20, 100, 1);
    }

    public BPConfig withHiddenSizes(List<Integer> v) {
        return new BPConfig(v, learningRate, epochs, batchSize, evalEvery);
    }

    public BPConfig withLearningRate(double v) {
        return new BPConfig(hiddenSizes, v, epochs, batchSize, evalEvery);
    }

    public BPConfig withEpochs(int v) {
        return new BPConfig(hiddenSizes, learningRate, v, batchSize, evalEvery);
    }

    public BPConfig withBatchSize(int v) {
        return new BPConfig(hiddenSizes, learningRate, epochs, v, evalEvery);
    }

    public BPConfig withEvalEvery(int v) {
        return new BPConfig(hiddenSizes, learningRate, epochs, batchSize, v);
    }

    private static void require(boolean ok, String field, String allowed) {
        if (!ok) {
            throw new FflabException("bp-mlp option " + field + ": expected " + allowed);
        }
    }
}
