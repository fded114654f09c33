package fflab.experiment.sweep;

import fflab.data.DataDirectory;
import fflab.data.Split;
import fflab.experiment.PlannedRun;
import fflab.experiment.SaliencyRequest;
import fflab.experiment.spec.ModelRegistry;
import fflab.model.ImageClassifier;
import fflab.model.ModelStore;
import fflab.run.RunExecutor;
import fflab.run.RunFiles;
import fflab.run.RunResult;
import fflab.saliency.SaliencyOptions;
import fflab.train.TrainingMonitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real run: {@link RunExecutor} trains and evaluates, then every saliency output the run asks
 * for is computed on the model in memory. A finished run's missing output is computed on its saved
 * model, with its own split of the data: nothing is retrained.
 */
public final class TrainingTask implements RunTask {
    private final RunExecutor executor;
    private final ModelRegistry registry;
    private final PostTrainingStep saliency;

    public TrainingTask(DataDirectory data, ModelRegistry registry, PostTrainingStep saliency) {
        this.executor = new RunExecutor(data);
        this.registry = registry;
        this.saliency = saliency;
    }

    @Override
    public Outcome run(PlannedRun run, Path runDir, TrainingMonitor monitor, RunLog log) {
        List<String> steps = new ArrayList<>();
        List<SaliencyOutcome> outputs = new ArrayList<>();
        RunResult result = executor.execute(run.config().toRequest(registry), runDir, monitor,
                (model, split, dir) -> {
                    for (SaliencyRequest request : run.saliency()) {
                        SaliencyOutcome o = compute(run, model, split, dir, request, log);
                        outputs.add(o);
                        steps.add(o.step());
                    }
                }, log::step);
        Map<String, Double> seconds = new LinkedHashMap<>(result.stepSeconds());
        if (!outputs.isEmpty()) {
            seconds.put("saliency", outputs.stream().mapToDouble(SaliencyOutcome::seconds).sum());
        }
        return new Outcome(result, steps, seconds, outputs);
    }

    @Override
    public SaliencyOutcome addSaliency(PlannedRun run, Path runDir, SaliencyRequest request, RunLog log) {
        long start = System.nanoTime();
        ImageClassifier model = ModelStore.load(runDir.resolve(RunFiles.MODEL_DIR));
        Split split = executor.split(run.config().toRequest(registry)).split();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        log.line(String.format(Locale.ROOT, "loaded the saved model and the run's data split (%.2f s)", loadSeconds));
        SaliencyOutcome o = compute(run, model, split, runDir, request, log);
        return new SaliencyOutcome(request, o.step(), o.seconds() + loadSeconds);
    }

    private SaliencyOutcome compute(PlannedRun run, ImageClassifier model, Split split, Path runDir,
                                    SaliencyRequest request, RunLog log) {
        log.line("saliency " + request.key() + " started");
        long start = System.nanoTime();
        SaliencyOptions options = SaliencyBlock.options(request.options(), run.config().seed());
        Path outputDir = request.outputDir(runDir);
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outputDir, e);
        }
        String made = runStep(new PostTrainingStep.Context(model, split, runDir, outputDir,
                run.config(), options, log));
        double seconds = (System.nanoTime() - start) / 1e9;
        log.line(String.format(Locale.ROOT, "saliency %s finished (%.2f s)", request.key(), seconds));
        return new SaliencyOutcome(request, "saliency " + request.key() + ": " + made, seconds);
    }

    private String runStep(PostTrainingStep.Context context) {
        try {
            return saliency.run(context);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("saliency step failed: " + e.getMessage(), e);
        }
    }
}
