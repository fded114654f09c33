package fflab.run;

import fflab.data.DataDirectory;
import fflab.data.DatasetLoader;
import fflab.data.ImageSet;
import fflab.data.LoadedDataset;
import fflab.data.Split;
import fflab.data.Splitter;
import fflab.data.Standardization;
import fflab.io.Json;
import fflab.model.ImageClassifier;
import fflab.model.ModelStore;
import fflab.model.tribuo.ImageDataProvenance;
import fflab.model.tribuo.ModelEvaluator;
import fflab.model.tribuo.TribuoImageModel;
import fflab.provenance.EnvironmentInfo;
import fflab.train.AccuracyProbe;
import fflab.train.History;
import fflab.train.Monitors;
import fflab.train.TrainingMonitor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs one training run end to end: load and split the data, train, evaluate on the validation
 * and test splits through Tribuo, and write the run folder (config, metrics, history,
 * predictions, model, provenance). Every file is written atomically; the caller decides what
 * marks the run as finished.
 */
public final class RunExecutor {
    private final DataDirectory dataDirectory;

    public RunExecutor(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** What to do with the trained model while it is in memory (for example ADS maps), after the run's files are written. */
    @FunctionalInterface
    public interface AfterTraining {
        AfterTraining NONE = (model, split, runDir) -> { };

        void accept(ImageClassifier model, Split split, Path runDir);
    }

    public RunResult execute(RunRequest request, Path runDir, TrainingMonitor extra) {
        return execute(request, runDir, extra, AfterTraining.NONE);
    }

    public RunResult execute(RunRequest request, Path runDir, TrainingMonitor extra, AfterTraining after) {
        return execute(request, runDir, extra, after, StepTimes.SILENT);
    }

    /** The data of a run, loaded and split as {@link #execute} does (a finished run's saliency step reuses it). */
    public record Data(LoadedDataset dataset, Split split, Standardization standardization) {}

    public Data split(RunRequest request) {
        LoadedDataset data = DatasetLoader.load(request.dataset(), dataDirectory);
        Split split = Splitter.split(data, request.validationSize(), request.seed(), request.trainLimit());
        return new Data(data, split, Standardization.forDataset(request.dataset(), data.train()));
    }

    /** @param steps told the name and seconds of each step as it ends: load, train, evaluate, save */
    public RunResult execute(RunRequest request, Path runDir, TrainingMonitor extra, AfterTraining after,
                             BiConsumer<String, Double> steps) {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        StepTimes times = new StepTimes(steps);
        // the git commit and dirty flag are the build's (BuildInfo), wherever the run was started from
        EnvironmentInfo environment = EnvironmentInfo.capture();
        Data loaded = split(request);
        LoadedDataset data = loaded.dataset();
        Split split = loaded.split();
        Standardization standardization = loaded.standardization();
        Json.write(runDir.resolve(RunFiles.CONFIG), request);

        History history = new History();
        AccuracyProbe probe = new AccuracyProbe(history).watch("validation",
                standardization.apply(split.validation().images()), split.validation().labels());
        if (request.probeTrainSize() > 0) {
            ImageSet probeTrain = split.train().head(Math.min(request.probeTrainSize(), split.train().size()));
            probe.watch("train", standardization.apply(probeTrain.images()), probeTrain.labels());
        }
        times.end("load");
        TribuoImageModel model = request.trainer().trainImages(split.train(), standardization,
                source(data, "train", split.train().size(), request.seed()),
                Monitors.all(history, probe, history.writingTo(runDir), extra));
        times.end("train");
        double trainSeconds = (System.nanoTime() - startNanos) / 1e9;

        long evalStart = System.nanoTime();
        ModelEvaluator.Result test = ModelEvaluator.evaluate(model, split.test(), "test",
                source(data, "test", split.test().size(), request.seed()));
        ModelEvaluator.Result validation = ModelEvaluator.evaluate(model, split.validation(), "validation",
                source(data, "validation", split.validation().size(), request.seed()));
        double evaluationSeconds = (System.nanoTime() - evalStart) / 1e9;
        times.end("evaluate");

        ModelStore.save(model.classifier(), runDir.resolve(RunFiles.MODEL_DIR));
        history.write(runDir);
        PredictionsFile.write(runDir.resolve(RunFiles.PREDICTIONS), test);
        times.end("save");
        RunResult result = new RunResult(test.metrics(), validation.metrics(), trainSeconds, evaluationSeconds,
                times.seconds());
        Json.write(runDir.resolve(RunFiles.METRICS), result);
        Json.write(runDir.resolve(RunFiles.PROVENANCE), provenance(request, environment, data, split, model, started,
                startNanos));
        after.accept(model.classifier(), split, runDir);
        return result;
    }

    private static ImageDataProvenance source(LoadedDataset data, String split, int size, long seed) {
        return new ImageDataProvenance(data.id().id(), split, size, seed, data.sha256());
    }

    private static Map<String, Object> provenance(RunRequest request, EnvironmentInfo environment, LoadedDataset data,
                                                  Split split, TribuoImageModel model, Instant started,
                                                  long startNanos) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("environment", environment.asMap());
        p.put("seed", request.seed());
        Map<String, Object> dataInfo = new LinkedHashMap<>();
        dataInfo.put("dataset", data.id().id());
        dataInfo.put("directory", data.directory().toString());
        dataInfo.put("sha256", data.sha256());
        dataInfo.put("trainImages", split.train().size());
        dataInfo.put("validationImages", split.validation().size());
        dataInfo.put("testImages", split.test().size());
        p.put("data", dataInfo);
        p.put("startedAt", started.toString());
        p.put("finishedAt", Instant.now().toString());
        p.put("wallSeconds", (System.nanoTime() - startNanos) / 1e9);
        p.put("tribuoModelProvenance", model.getProvenance().toString());
        return p;
    }
}
