package fflab.saliency;

import fflab.FflabException;
import fflab.data.ImageSet;
import fflab.data.Split;
import fflab.io.Json;
import fflab.model.BPNetwork;
import fflab.model.ImageClassifier;
import fflab.model.Permutations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A whole saliency run on a trained model: the ADS map of every filter size (with per-class maps,
 * sample maps and significance), the faithfulness curves, files and figures. The experiment runner
 * calls {@link #run(ImageClassifier, Split, SaliencyOptions, Path)} after training;
 * {@code fflab saliency} calls it on a saved model.
 */
public final class SaliencyStep {
    /** The folder of a run that holds its saliency outputs. */
    public static final String DIR = "saliency";

    private SaliencyStep() {}

    /** Maps of a run's model on its test set, written to {@code runDir/saliency}. */
    public static SaliencySummary run(ImageClassifier model, Split split, SaliencyOptions options, Path runDir) {
        return run(model, model.kind().id() + " " + runDir.getFileName(), split.test(), split.train(), options,
                runDir.resolve(DIR));
    }

    /**
     * @param modelName how figures and metadata name the model
     * @param pool the images the evaluation set is taken from (the test set)
     * @param training the model's training images, for the dataset-mean baseline
     */
    public static SaliencySummary run(ImageClassifier model, String modelName, ImageSet pool, ImageSet training,
                                      SaliencyOptions options, Path outputDir) {
        int[] picked = options.evaluation().indices(pool, options.seed());
        ImageSet images = options.evaluation().kind() == EvaluationSet.Kind.TEST ? pool : pool.subset(picked);
        AccuracyDifferentialSaliency.checkShapes(model, images);
        requireEveryClass(images, options);
        List<OcclusionGrid> grids = new ArrayList<>(); // all checked before the first long pass
        for (int k : options.filterSizes()) {
            grids.add(new OcclusionGrid(images.rows(), images.cols(), k, options.stride(), options.allowGaps()));
        }
        float[] baseline = options.baseline().rawValues(model.standardization(), images.features(), training);
        AccuracyDifferentialSaliency ads = new AccuracyDifferentialSaliency(model, images, baseline,
                options.method(), options.occludeLabel());
        SaliencyWriter files = new SaliencyWriter(outputDir, model, modelName, images, options);
        files.writeEvaluationImages(picked);
        int[] samples = samples(images, options.samplesPerClass());

        List<SaliencySummary.FilterSummary> filters = new ArrayList<>();
        List<double[]> maps = new ArrayList<>();
        for (OcclusionGrid grid : grids) {
            AdsResult r = ads.compute(grid, samples);
            filters.add(files.write(r));
            maps.add(r.adsMap());
        }
        long faithfulnessStart = System.nanoTime();
        List<Faithfulness.Curve> curves = options.faithfulnessImages() == 0 ? List.of()
                : faithfulness(model, images, baseline, options, maps);
        double faithfulnessSeconds = (System.nanoTime() - faithfulnessStart) / 1e9;
        files.writeFaithfulness(curves);
        SaliencySummary summary = new SaliencySummary(outputDir.toString(), modelName, options.baseline().id(),
                options.evaluation().toString(), images.size(), filters,
                curves.stream().map(c -> new SaliencySummary.Auc(c.order(), c.kind().name().toLowerCase(), c.auc()))
                        .toList(), faithfulnessSeconds);
        Json.write(outputDir.resolve("summary.json"), summary);
        return summary;
    }

    private static void requireEveryClass(ImageSet images, SaliencyOptions options) {
        if (!options.perClass() || options.evaluation().kind() == EvaluationSet.Kind.CLASS) {
            return;
        }
        int[] count = new int[ImageSet.CLASSES];
        for (int label : images.labels()) {
            count[label]++;
        }
        for (int c = 0; c < count.length; c++) {
            if (count[c] == 0) {
                throw new FflabException("--per-class: the evaluation set " + options.evaluation() + " has no image of "
                        + "class " + c + "; every class 0-" + (ImageSet.CLASSES - 1) + " needs at least one (use a "
                        + "larger subset, or --no-per-class)");
            }
        }
    }

    /** The first {@code perClass} images of each class, in the set's order. */
    static int[] samples(ImageSet images, int perClass) {
        int[] taken = new int[ImageSet.CLASSES];
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            int c = images.label(i);
            if (taken[c] < perClass) {
                taken[c]++;
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Deletion and insertion curves on a seeded subset: the order of each ADS map, random orders
     * and, for BP models, gradient x input.
     */
    private static List<Faithfulness.Curve> faithfulness(ImageClassifier model, ImageSet images, float[] baseline,
                                                         SaliencyOptions options, List<double[]> maps) {
        int n = Math.min(images.size(), options.faithfulnessImages());
        int[] picked = Arrays.copyOf(Permutations.random(images.size(), new SplittableRandom(options.seed())), n);
        Arrays.sort(picked);
        ImageSet subset = images.subset(picked);
        Faithfulness f = new Faithfulness(model, subset, baseline, options.faithfulnessSteps());
        List<String> names = new ArrayList<>();
        List<int[][]> orders = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            names.add("ads-k" + options.filterSizes().get(i));
            orders.add(new int[][] {Faithfulness.order(maps.get(i), options.seed())});
        }
        int[][] random = new int[options.randomOrders()][];
        SplittableRandom rng = new SplittableRandom(options.seed() + 1);
        for (int r = 0; r < random.length; r++) {
            random[r] = Permutations.random(images.features(), rng);
        }
        names.add("random");
        orders.add(random);
        if (model.network() instanceof BPNetwork bp) {
            double[] gxi = InputGradient.meanGradientTimesInput(bp, model.standardization().apply(subset.images()),
                    subset.labels(), OcclusionInputs.standardisedRow(baseline, model.standardization()));
            names.add("gradient-x-input");
            orders.add(new int[][] {Faithfulness.order(gxi, options.seed())});
        }
        List<Faithfulness.Curve> curves = new ArrayList<>();
        for (Faithfulness.Kind kind : Faithfulness.Kind.values()) {
            for (int i = 0; i < names.size(); i++) {
                curves.add(f.curve(names.get(i), kind, orders.get(i)));
            }
        }
        return curves;
    }
}
