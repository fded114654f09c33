package fflab.saliency;

import fflab.nn.Dense;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Evaluates a model on occluded images, one {@link PairBlock} of (window, image) pairs at a time:
 * the predicted label of each pair and its score for the image's true label (FF: goodness margin,
 * BP: probability). Holds what every evaluator reports alike: its name, block size and flop count.
 */
abstract class OcclusionEvaluator {
    private final String name;
    private final int blockPairs;
    /** Floating-point operations of the matrix multiplies done so far; the subclasses add theirs. */
    protected double flops;

    OcclusionEvaluator(String name, int blockPairs) {
        this.name = name;
        this.blockPairs = blockPairs;
    }

    /** A short name for the metadata, e.g. {@code fast-ff}. */
    final String name() {
        return name;
    }

    /** The most pairs one {@link #evaluate} call takes (bounds memory). */
    final int blockPairs() {
        return blockPairs;
    }

    /**
     * Whether this pair must be evaluated. An evaluator may answer false only when the occlusion
     * leaves the model's input exactly as it was, so the pair's outcome is the unoccluded one.
     */
    abstract boolean mustEvaluate(Window window, int image);

    /** Fills {@code predicted[0..n)} and {@code score[0..n)} for the block's pairs. */
    abstract void evaluate(PairBlock block, int[] predicted, double[] score);

    final double flops() {
        return flops;
    }

    /** Pairs per block when one pair takes {@code rowsPerPair} rows of the widest layer (64 MiB of float32). */
    static int pairsFitting(List<Dense> layers, int rowsPerPair) {
        int widest = layers.stream().mapToInt(Dense::outputSize).max().orElse(1);
        return (int) Math.max(1, (1L << 24) / ((long) rowsPerPair * widest));
    }

    /** One preallocated activity buffer per layer, {@code rows} rows each, reused by every block. */
    static INDArray[] activityBuffers(List<Dense> layers, DataType type, long rows) {
        INDArray[] buffers = new INDArray[layers.size()];
        for (int k = 0; k < buffers.length; k++) {
            buffers[k] = Nd4j.create(type, rows, layers.get(k).outputSize());
        }
        return buffers;
    }
}
