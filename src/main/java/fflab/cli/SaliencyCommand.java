package fflab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.FflabException;
import fflab.data.DatasetId;
import fflab.data.DatasetLoader;
import fflab.data.ImageSet;
import fflab.data.LoadedDataset;
import fflab.data.Splitter;
import fflab.io.Json;
import fflab.model.ImageClassifier;
import fflab.model.ModelStore;
import fflab.run.RunFiles;
import fflab.saliency.BaselineKind;
import fflab.saliency.EvaluationSet;
import fflab.saliency.SaliencyComparison;
import fflab.saliency.SaliencyMethod;
import fflab.saliency.SaliencyOptions;
import fflab.saliency.SaliencyStep;
import fflab.saliency.SaliencySummary;
import fflab.stats.Correction;
import fflab.util.EnumId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fflab saliency}: ADS maps of a trained model, or FF and BP maps side by side. */
@Command(name = "saliency",
        description = {"Accuracy Differential Saliency of a trained model: occlude a k x k window at every pixel and "
                + "measure the drop in test accuracy. Writes maps (CSV, JSON), per-class maps, McNemar significance "
                + "masks, deletion/insertion faithfulness curves and PNG figures under <run>/saliency/.",
                "With --compare FF_RUN BP_RUN: the two runs' maps side by side (run 'saliency --model' on each first)."})
public final class SaliencyCommand extends FflabCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "RUN_OR_MODEL",
            description = "A run folder (with model/) or a model folder (with model.json).")
    Path model;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN",
            description = "Two runs (FF first, then BP) whose saliency maps to show side by side.")
    List<Path> compare;

    @Option(names = "--filter", split = ",", paramLabel = "K", defaultValue = "3",
            description = "Odd window sizes, one map each (default: ${DEFAULT-VALUE}).")
    List<Integer> filters;

    @Option(names = "--stride", defaultValue = "1",
            description = "Distance between window centres (default: ${DEFAULT-VALUE}); one that leaves pixels "
                    + "never occluded is refused unless --allow-gaps.")
    int stride;

    @Option(names = "--allow-gaps", description = "Accept a stride that leaves pixels never occluded.")
    boolean allowGaps;

    @Option(names = "--baseline", defaultValue = "raw-zero", paramLabel = "B",
            description = "Value of occluded pixels: raw-zero (black, before standardisation; default), "
                    + "standardised-zero, dataset-mean (per-pixel mean of the training images).")
    String baseline;

    @Option(names = "--eval", defaultValue = "test", paramLabel = "SET",
            description = "Evaluation images: test (default), subset:N (seeded), class:K.")
    String evaluation;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of subsets and random orders (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--per-class", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also write one map per class, from the same passes (default: on).")
    boolean perClass;

    @Option(names = "--occlude-label", description = "FF: occlude the label overlay pixels too (default: the label "
            + "is overlaid after occlusion, so occlusion never removes it).")
    boolean occludeLabel;

    @Option(names = "--method", defaultValue = "fast", paramLabel = "M",
            description = "fast (exact window algebra for FF and BP MLPs; default) or naive (the reference).")
    String method;

    @Option(names = "--samples", defaultValue = "1", paramLabel = "N",
            description = "Images per class with their own continuous map (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--correction", defaultValue = "holm", paramLabel = "C",
            description = "Multiple-testing correction over the positions: holm (default) or bh.")
    String correction;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--faithfulness-images", defaultValue = "1000", paramLabel = "N",
            description = "Images of the deletion/insertion curves; 0 for none (default: ${DEFAULT-VALUE}).")
    int faithfulnessImages;

    @Option(names = "--faithfulness-steps", defaultValue = "20", paramLabel = "N",
            description = "Steps of each curve, which has steps + 1 points (default: ${DEFAULT-VALUE}).")
    int faithfulnessSteps;

    @Option(names = "--random-orders", defaultValue = "3", paramLabel = "N",
            description = "Random pixel orders averaged into the random curve (default: ${DEFAULT-VALUE}).")
    int randomOrders;

    @Option(names = "--figures", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write PNG figures (default: on).")
    boolean figures;

    @Option(names = "--dataset", converter = ParsedValue.Dataset.class,
            description = "Dataset of the model (default: from the run's config.json).")
    DatasetId dataset;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: <run>/saliency; with --compare: <FF_RUN>/saliency/compare).")
    Path out;

    @Override
    public Integer call() {
        if ((model == null) == (compare == null)) {
            throw new FflabException("saliency: give either --model RUN_OR_MODEL or --compare FF_RUN BP_RUN");
        }
        PrintWriter o = out();
        if (compare != null) {
            Path target = out != null ? out : compare.get(0).resolve(SaliencyStep.DIR).resolve("compare");
            for (Path p : SaliencyComparison.write(compare.get(0), compare.get(1), target)) {
                o.println("wrote " + p);
            }
            o.flush();
            return 0;
        }
        threads.configure();
        SaliencyOptions options = options();
        Location where = Location.of(model);
        ImageClassifier classifier = ModelStore.load(where.modelDir());
        DatasetId id = dataset != null ? dataset : where.dataset();
        LoadedDataset data = DatasetLoader.load(id, dataDir.resolve());
        ImageSet training = options.baseline() == BaselineKind.DATASET_MEAN ? where.trainingImages(data) : null;
        Path target = out != null ? out : where.outputDir();
        SaliencySummary s = SaliencyStep.run(classifier, classifier.kind().id() + " " + where.name(), data.test(),
                training, options, target);
        for (SaliencySummary.FilterSummary f : s.filters()) {
            o.printf("k=%d (%s): base accuracy %.2f %%, largest drop %.2f %%, %d significant positions (%s), "
                            + "%,d pairs evaluated, %,d unchanged; %.1f s, %.1f GFLOP/s%n",
                    f.filterSize(), f.method(), 100 * f.baseAccuracy(), 100 * f.maxAds(), f.significantPositions(),
                    options.correction().id(), f.pairsEvaluated(), f.pairsSkipped(), f.seconds(), f.gflopPerSecond());
        }
        for (SaliencySummary.Auc a : s.faithfulness()) {
            o.printf("  %s %s AUC %.4f%n", a.curve(), a.order(), a.auc());
        }
        o.printf("%d evaluation images; output: %s%n", s.evaluationImages(), s.outputDir());
        o.flush();
        return 0;
    }

    private SaliencyOptions options() {
        return SaliencyOptions.defaults().toBuilder()
                .filterSizes(filters).stride(stride).allowGaps(allowGaps)
                .baseline(BaselineKind.parse(baseline)).evaluation(EvaluationSet.parse(evaluation)).seed(seed)
                .perClass(perClass).occludeLabel(occludeLabel).method(SaliencyMethod.parse(method))
                .samplesPerClass(samples).correction(EnumId.parse(Correction.adjusting(), "--correction", correction)).alpha(alpha)
                .faithfulnessImages(faithfulnessImages).faithfulnessSteps(faithfulnessSteps)
                .randomOrders(randomOrders).figures(figures).build();
    }

    /** Where a model lives: a run folder's model/, or a bare model folder. */
    record Location(Path modelDir, Path runDir) {
        static Location of(Path path) {
            if (Files.isRegularFile(path.resolve(ModelStore.DESCRIPTOR))) {
                Path parent = path.toAbsolutePath().getParent();
                boolean inRun = parent != null && Files.isRegularFile(parent.resolve(RunFiles.CONFIG));
                return new Location(path, inRun ? parent : null);
            }
            Path inside = path.resolve(RunFiles.MODEL_DIR);
            if (Files.isRegularFile(inside.resolve(ModelStore.DESCRIPTOR))) {
                return new Location(inside, path);
            }
            throw new FflabException("--model: " + path + " is neither a run folder (with " + RunFiles.MODEL_DIR + "/"
                    + ModelStore.DESCRIPTOR + ") nor a model folder (with " + ModelStore.DESCRIPTOR + ")");
        }

        String name() {
            return (runDir != null ? runDir : modelDir.toAbsolutePath()).getFileName().toString();
        }

        Path outputDir() {
            return (runDir != null ? runDir : modelDir).resolve(SaliencyStep.DIR);
        }

        /** The run's config.json, or null for a model outside a run folder. */
        private JsonNode config() {
            Path file = runDir == null ? null : runDir.resolve(RunFiles.CONFIG);
            return file != null && Files.isRegularFile(file) ? Json.readTree(file) : null;
        }

        DatasetId dataset() {
            JsonNode config = config();
            if (config == null || !config.hasNonNull("dataset")) {
                throw new FflabException("--dataset: " + modelDir + " is not in a run folder with "
                        + RunFiles.CONFIG + "; name the dataset: " + DatasetId.allowedValues());
            }
            String name = config.get("dataset").asText();
            for (DatasetId d : DatasetId.values()) {
                if (d.name().equalsIgnoreCase(name)) {
                    return d;
                }
            }
            return DatasetId.parse(name);
        }

        /** The run's own training split (its seed, validation size and limit), else the default split. */
        ImageSet trainingImages(LoadedDataset data) {
            JsonNode c = config();
            if (c == null) {
                return Splitter.split(data, 1).train();
            }
            return Splitter.split(data, c.path("validationSize").asInt(Splitter.DEFAULT_VALIDATION_SIZE),
                    c.path("seed").asLong(1), c.path("trainLimit").asInt(0)).train();
        }
    }
}
