package fflab.saliency;

import fflab.FflabException;
import fflab.stats.Correction;
import java.util.List;

/**
 * What an ADS run computes. Immutable; {@link #defaults()} is the paper's setting (black 3x3
 * filter, stride 1, the whole test set) plus fflab's per-class maps, significance and faithfulness.
 *
 * @param filterSizes odd window sizes, one map each (the sweep axis)
 * @param stride distance between window centres; a stride that leaves pixels never occluded is an
 *               error unless {@code allowGaps}
 * @param baseline the value occluded pixels take
 * @param evaluation which test images are used
 * @param seed seed of the evaluation subset, sample tie-breaks and faithfulness orders
 * @param perClass also write one map per class (from the same passes)
 * @param occludeLabel FF only: occlude the label overlay pixels too (default: the overlay is
 *                     applied after occlusion, so occlusion never removes the label)
 * @param method fast window algebra or the naive reference
 * @param samplesPerClass images per class whose own (continuous) map is kept for overlays
 * @param correction multiple-testing correction over the positions
 * @param alpha significance level of the corrected p-values
 * @param faithfulnessImages images of the deletion/insertion curves (0: no curves)
 * @param faithfulnessSteps points of each curve after the first
 * @param randomOrders random pixel orders averaged into the random baseline curve
 * @param figures write PNG figures
 */
public record SaliencyOptions(
        List<Integer> filterSizes,
        int stride,
        boolean allowGaps,
        BaselineKind baseline,
        EvaluationSet evaluation,
        long seed,
        boolean perClass,
        boolean occludeLabel,
        SaliencyMethod method,
        int samplesPerClass,
        Correction correction,
        double alpha,
        int faithfulnessImages,
        int faithfulnessSteps,
        int randomOrders,
        boolean figures) {

    public SaliencyOptions {
        filterSizes = List.copyOf(filterSizes);
        require(!filterSizes.isEmpty(), "--filter", "at least one odd size such as 3");
        for (int k : filterSizes) {
            require(k >= 1 && k % 2 == 1, "--filter", "odd sizes >= 1 (1, 3, 5, ...), got " + k);
        }
        require(stride >= 1, "--stride", "a whole number >= 1, got " + stride);
        require(baseline != null, "--baseline", BaselineKind.allowedValues());
        require(evaluation != null, "--eval", EvaluationSet.ALLOWED);
        require(method != null, "--method", "fast, naive");
        require(correction != null && correction != Correction.NONE, "--correction", "holm, bh");
        require(samplesPerClass >= 0, "--samples", ">= 0, got " + samplesPerClass);
        require(alpha > 0 && alpha < 1, "--alpha", "a level between 0 and 1, got " + alpha);
        require(faithfulnessImages >= 0, "--faithfulness-images", ">= 0 (0: no curves), got " + faithfulnessImages);
        require(faithfulnessSteps >= 1, "--faithfulness-steps", ">= 1, got " + faithfulnessSteps);
        require(randomOrders >= 1, "--random-orders", ">= 1, got " + randomOrders);
    }

    public static SaliencyOptions defaults() {
        return new SaliencyOptions(List.of(3), 1, false, BaselineKind.RAW_ZERO, EvaluationSet.TEST, 1, true, false,
                SaliencyMethod.FAST, 1, Correction.HOLM, 0.05, 1000, 20, 3, true);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void require(boolean ok, String option, String allowed) {
        if (!ok) {
            throw new FflabException(option + ": expected " + allowed);
        }
    }

    /** Copy-and-change; every setter returns the builder. */
    public static final class Builder {
        private List<Integer> filterSizes;
        private int stride;
        private boolean allowGaps;
        private BaselineKind baseline;
        private EvaluationSet evaluation;
        private long seed;
        private boolean perClass;
        private boolean occludeLabel;
        private SaliencyMethod method;
        private int samplesPerClass;
        private Correction correction;
        private double alpha;
        private int faithfulnessImages;
        private int faithfulnessSteps;
        private int randomOrders;
        private boolean figures;

        private Builder(SaliencyOptions o) {
            filterSizes = o.filterSizes;
            stride = o.stride;
            allowGaps = o.allowGaps;
            baseline = o.baseline;
            evaluation = o.evaluation;
            seed = o.seed;
            perClass = o.perClass;
            occludeLabel = o.occludeLabel;
            method = o.method;
            samplesPerClass = o.samplesPerClass;
            correction = o.correction;
            alpha = o.alpha;
            faithfulnessImages = o.faithfulnessImages;
            faithfulnessSteps = o.faithfulnessSteps;
            randomOrders = o.randomOrders;
            figures = o.figures;
        }

        public Builder filterSizes(List<Integer> v) { filterSizes = v; return this; }
        public Builder stride(int v) { stride = v; return this; }
        public Builder allowGaps(boolean v) { allowGaps = v; return this; }
        public Builder baseline(BaselineKind v) { baseline = v; return this; }
        public Builder evaluation(EvaluationSet v) { evaluation = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder perClass(boolean v) { perClass = v; return this; }
        public Builder occludeLabel(boolean v) { occludeLabel = v; return this; }
        public Builder method(SaliencyMethod v) { method = v; return this; }
        public Builder samplesPerClass(int v) { samplesPerClass = v; return this; }
        public Builder correction(Correction v) { correction = v; return this; }
        public Builder alpha(double v) { alpha = v; return this; }
        public Builder faithfulnessImages(int v) { faithfulnessImages = v; return this; }
        public Builder faithfulnessSteps(int v) { faithfulnessSteps = v; return this; }
        public Builder randomOrders(int v) { randomOrders = v; return this; }
        public Builder figures(boolean v) { figures = v; return this; }

        public SaliencyOptions build() {
            return new SaliencyOptions(filterSizes, stride, allowGaps, baseline, evaluation, seed, perClass,
                    occludeLabel, method, samplesPerClass, correction, alpha, faithfulnessImages, faithfulnessSteps,
                    randomOrders, figures);
        }
    }
}
