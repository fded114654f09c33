package fflab.train;

import fflab.nn.FFLayer;

/** Example-weighted means of one FF layer's step losses and goodness over an epoch. */
public final class EpochTotals {
    private double loss;
    private double positive;
    private double negative;
    private long examples;

    /** Adds one step of {@code stepExamples} examples (positive plus negative). */
    public void add(FFLayer.Step step, int stepExamples) {
        loss += step.loss() * stepExamples;
        positive += step.meanPositiveGoodness() * stepExamples;
        negative += step.meanNegativeGoodness() * stepExamples;
        examples += stepExamples;
    }

    public LayerEpoch toEpoch(String stage, int epoch, int layer, long startNanos) {
        return new LayerEpoch(stage, epoch, layer, loss / examples, positive / examples, negative / examples,
                (System.nanoTime() - startNanos) / 1e9);
    }
}
