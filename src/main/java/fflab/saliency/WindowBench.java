package fflab.saliency;

import fflab.data.ImageSet;
import fflab.model.BPNetwork;
import fflab.model.FFNetwork;
import fflab.model.ImageClassifier;

/**
 * The benchmarks' handle on the ADS engine's package-private evaluators ({@code fflab.bench.AdsBenchmark},
 * {@code fflab bench --ads}):
 * one filter position evaluated over the whole evaluation set, the way
 * {@link AccuracyDifferentialSaliency#compute} drives an evaluator for each position: ask which images
 * the window changes ({@link OcclusionEvaluator#mustEvaluate}), pack those (window, image) pairs into
 * {@link PairBlock}s of the evaluator's size and evaluate each block. Benchmark code only: it lives in
 * the engine's package so that it calls the engine's own classes, not a copy of their arithmetic.
 */
public final class WindowBench {
    private final OcclusionInputs inputs;
    private final OcclusionEvaluator evaluator;
    private final PairBlock block;
    private final int[] predicted;
    private final double[] score;

    /**
     * The evaluator {@link AccuracyDifferentialSaliency} would pick for this model and method (the label
     * overlay is never occluded, the default); building it does the per-map work once (the fast paths
     * multiply every unoccluded image by the first layer here).
     */
    public WindowBench(ImageClassifier model, ImageSet images, float[] baselineRaw, SaliencyMethod method) {
        AccuracyDifferentialSaliency.checkShapes(model, images);
        this.inputs = new OcclusionInputs(images, model.standardization(), baselineRaw);
        if (method == SaliencyMethod.FAST && model.network() instanceof FFNetwork ff && ff.readout() == null) {
            this.evaluator = new FFWindowEvaluator(ff, inputs, false);
        } else if (method == SaliencyMethod.FAST && model.network() instanceof BPNetwork bp) {
            this.evaluator = new BPWindowEvaluator(bp, inputs);
        } else {
            this.evaluator = new NaiveEvaluator(model, inputs, false);
        }
        this.block = new PairBlock(evaluator.blockPairs());
        this.predicted = new int[block.capacity()];
        this.score = new double[block.capacity()];
    }

    /** The evaluator's name: {@code naive}, {@code fast-ff} or {@code fast-bp}. */
    public String method() {
        return evaluator.name();
    }

    /** The most pairs one block holds. */
    public int blockPairs() {
        return evaluator.blockPairs();
    }

    /**
     * Evaluates window {@code w} on every image: the work of one filter position of a map.
     *
     * @return how many images are classified correctly with the window occluded (images the window does
     *         not change are not evaluated, as in the engine, and not counted)
     */
    public int evaluate(Window w) {
        // a fresh Window object: the fast paths gather the window's weight rows once per Window object,
        // which the engine does once per position, so every call pays it as a position would
        Window window = new Window(w.index(), w.centreRow(), w.centreCol(), w.pixels());
        int correct = 0;
        int n = inputs.size();
        for (int i = 0; i < n; i++) {
            if (evaluator.mustEvaluate(window, i)) {
                block.add(window, i);
                if (block.full()) {
                    correct += flush();
                }
            }
        }
        return correct + flush();
    }

    private int flush() {
        int n = block.size();
        if (n == 0) {
            return 0;
        }
        evaluator.evaluate(block, predicted, score);
        int correct = 0;
        for (int r = 0; r < n; r++) {
            correct += predicted[r] == inputs.label(block.image(r)) ? 1 : 0;
        }
        block.clear();
        return correct;
    }

    /** Floating-point operations of the evaluator's matrix multiplies so far, setup included. */
    public double flops() {
        return evaluator.flops();
    }
}
