package fflab.saliency;

/**
 * Evaluates a model on occluded images, one {@link PairBlock} of (window, image) pairs at a time:
 * the predicted label of each pair and its score for the image's true label (FF: goodness margin,
 * BP: probability).
 */
interface OcclusionEvaluator {

    /** A short name for the metadata, e.g. {@code fast-ff}. */
    String name();

    /** The most pairs one {@link #evaluate} call takes (bounds memory). */
    int blockPairs();

    /**
     * Whether this pair must be evaluated. An evaluator may answer false only when the occlusion
     * leaves the model's input exactly as it was, so the pair's outcome is the unoccluded one.
     */
    boolean mustEvaluate(Window window, int image);

    /** Fills {@code predicted[0..n)} and {@code score[0..n)} for the block's pairs. */
    void evaluate(PairBlock block, int[] predicted, double[] score);

    /** Floating-point operations of the matrix multiplies done so far. */
    double flops();
}
