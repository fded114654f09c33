package fflab.saliency;

import fflab.FflabException;
import fflab.data.ImageSet;
import fflab.model.BPNetwork;
import fflab.model.FFNetwork;
import fflab.model.ImageClassifier;
import fflab.util.Progress;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Accuracy Differential Saliency: slide a k x k window over the image, set the pixels under it
 * to the baseline, and record at the window's centre how much accuracy on the evaluation set
 * drops: {@code ADS[p] = accuracy(unoccluded) - accuracy(occluded at p)}.
 *
 * <p>This is the whole loop. For each position it asks the evaluator which images the window
 * actually changes (a window over pixels that already equal the baseline changes nothing, so the
 * unoccluded outcome stands: exact, and most of MNIST's border), packs the changed
 * (position, image) pairs into blocks, evaluates each block at once, and counts per position and
 * class how many answers flipped each way ({@link SaliencyCounts}).
 *
 * <p>Evaluators: {@link NaiveEvaluator}, the reference, occludes and classifies every image with
 * the model's own inference; {@link FFWindowEvaluator} and {@link BPWindowEvaluator} are exact
 * fast paths that update the first layer by the window's columns only and batch the deeper layers.
 * Both kinds give the same counts up to float rounding in near-ties (see the tests).
 *
 * <p>The FF label overlay: by default the window occludes the image and the label is overlaid
 * afterwards, so occlusion never removes the label (the label pixels are the overlay's, whatever
 * the window covers). With {@code occludeLabel} the overlaid label pixels under the window are set
 * to the baseline too.
 */
public final class AccuracyDifferentialSaliency {
    private final OcclusionInputs inputs;
    private final OcclusionEvaluator evaluator;
    private final ScoreKind scoreKind;

    /**
     * @param images the evaluation set (raw pixels)
     * @param baselineRaw the raw value of each occluded pixel
     * @throws FflabException when the model does not take these images
     */
    public AccuracyDifferentialSaliency(ImageClassifier model, ImageSet images, float[] baselineRaw,
                                        SaliencyMethod method, boolean occludeLabel) {
        checkShapes(model, images);
        this.inputs = new OcclusionInputs(images, model.standardization(), baselineRaw);
        this.evaluator = evaluator(model, inputs, method, occludeLabel);
        this.scoreKind = ScoreKind.of(model.network());
    }

    static void checkShapes(ImageClassifier model, ImageSet images) {
        int inputs = model.network() instanceof FFNetwork ff ? ff.inputSize()
                : model.network() instanceof BPNetwork bp ? bp.inputSize() : model.features();
        if (model.imageRows() != images.rows() || model.imageCols() != images.cols() || inputs != images.features()) {
            throw new FflabException("--model: the model takes " + model.imageRows() + "x" + model.imageCols()
                    + " images (" + inputs + " inputs) but the evaluation data has " + images.rows() + "x"
                    + images.cols() + " images; use a model trained on this dataset");
        }
        if (model.classes() != ImageSet.CLASSES) {
            throw new FflabException("--model: the model has " + model.classes() + " classes, the data "
                    + ImageSet.CLASSES);
        }
    }

    private static OcclusionEvaluator evaluator(ImageClassifier model, OcclusionInputs in, SaliencyMethod method,
                                                boolean occludeLabel) {
        if (method == SaliencyMethod.FAST) {
            if (model.network() instanceof FFNetwork ff && ff.readout() == null) {
                return new FFWindowEvaluator(ff, in, occludeLabel);
            }
            if (model.network() instanceof BPNetwork bp) {
                return new BPWindowEvaluator(bp, in);
            }
        }
        return new NaiveEvaluator(model, in, occludeLabel);
    }

    /** The evaluator's name: {@code fast-ff}, {@code fast-bp} or {@code naive}. */
    public String method() {
        return evaluator.name();
    }

    /**
     * One map.
     *
     * @param samples indices of evaluation images whose own per-position score drops are kept
     */
    public AdsResult compute(OcclusionGrid grid, int[] samples) {
        long start = System.nanoTime();
        double flopsBefore = evaluator.flops();
        int n = inputs.size();
        int[] labels = inputs.labels();

        int[] basePredicted = new int[n];
        double[] baseScore = new double[n];
        evaluateUnoccluded(basePredicted, baseScore);
        boolean[] baseCorrect = new boolean[n];
        for (int i = 0; i < n; i++) {
            baseCorrect[i] = basePredicted[i] == labels[i];
        }
        int[] sampleSlot = new int[n];
        Arrays.fill(sampleSlot, -1);
        for (int s = 0; s < samples.length; s++) {
            sampleSlot[samples[s]] = s;
        }

        int[][] pending = pendingPairs(grid);
        long total = Arrays.stream(pending).mapToLong(p -> p.length).sum();

        SaliencyCounts counts = new SaliencyCounts(grid.positions(), ImageSet.CLASSES, labels, baseCorrect,
                samples.length);
        PairBlock block = new PairBlock(evaluator.blockPairs());
        int[] predicted = new int[block.capacity()];
        double[] score = new double[block.capacity()];
        String task = "saliency k=" + grid.filter() + " (" + evaluator.name() + ")";
        try (Progress progress = Progress.start(task, total)) {
            for (Window w : grid.windows()) {
                for (int i : pending[w.index()]) {
                    block.add(w, i);
                    if (block.full()) {
                        flush(block, predicted, score, counts, labels, baseCorrect, baseScore, sampleSlot, progress);
                    }
                }
            }
            flush(block, predicted, score, counts, labels, baseCorrect, baseScore, sampleSlot, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long all = (long) grid.positions() * n;
        return new AdsResult(grid, counts, evaluator.name(), scoreKind, samples.clone(), total, all - total, seconds,
                evaluator.flops() - flopsBefore);
    }

    /** Per position, the images whose occlusion the evaluator must evaluate. */
    private int[][] pendingPairs(OcclusionGrid grid) {
        int[][] pending = new int[grid.positions()][];
        for (Window w : grid.windows()) {
            pending[w.index()] = IntStream.range(0, inputs.size()).filter(i -> evaluator.mustEvaluate(w, i)).toArray();
        }
        return pending;
    }

    /** The (position, image) pairs a {@link #compute} pass over this grid would evaluate: its amount of work. */
    public long pairsToEvaluate(OcclusionGrid grid) {
        return Arrays.stream(pendingPairs(grid)).mapToLong(p -> p.length).sum();
    }

    private void flush(PairBlock block, int[] predicted, double[] score, SaliencyCounts counts, int[] labels,
                       boolean[] baseCorrect, double[] baseScore, int[] sampleSlot, Progress progress) {
        if (block.size() == 0) {
            return;
        }
        evaluator.evaluate(block, predicted, score);
        for (PairBlock.Segment s : block.segments()) {
            for (int r = s.from(); r < s.to(); r++) {
                int i = block.image(r);
                counts.record(s.window().index(), labels[i], baseCorrect[i], predicted[r] == labels[i],
                        baseScore[i] - score[r], sampleSlot[i]);
            }
        }
        progress.stepBy(block.size());
        block.clear();
    }

    /** Outcomes of the unoccluded images, through the same evaluator as the occluded ones. */
    private void evaluateUnoccluded(int[] predicted, double[] score) {
        PairBlock block = new PairBlock(evaluator.blockPairs());
        int[] p = new int[block.capacity()];
        double[] s = new double[block.capacity()];
        for (int from = 0; from < predicted.length; from += block.capacity()) {
            int to = Math.min(predicted.length, from + block.capacity());
            for (int i = from; i < to; i++) {
                block.add(Window.NONE, i);
            }
            evaluator.evaluate(block, p, s);
            System.arraycopy(p, 0, predicted, from, to - from);
            System.arraycopy(s, 0, score, from, to - from);
            block.clear();
        }
    }

    public ScoreKind scoreKind() {
        return scoreKind;
    }
}
