package fflab.saliency;

/**
 * One ADS map: the counts of a pass over one filter size, and how it was computed.
 *
 * @param method the evaluator: {@code fast-ff}, {@code fast-bp} or {@code naive}
 * @param scoreKind what the continuous variant measures
 * @param samples indices (in the evaluation set) of the images whose own maps were kept
 * @param pairsEvaluated (position, image) pairs the model was run on
 * @param pairsSkipped pairs whose window left the input unchanged, so the unoccluded outcome stands
 * @param flops floating-point operations of the matrix multiplies
 */
public record AdsResult(OcclusionGrid grid, SaliencyCounts counts, String method, ScoreKind scoreKind, int[] samples,
                        long pairsEvaluated, long pairsSkipped, double seconds, double flops) {

    public double baseAccuracy() {
        return counts.baseCorrect() / (double) counts.images();
    }

    /** The ADS map over all pixels (row-major), expanded from the window centres. */
    public double[] adsMap() {
        return grid.expand(counts.ads());
    }

    public double gflopPerSecond() {
        return seconds > 0 ? flops / seconds / 1e9 : Double.NaN;
    }
}
