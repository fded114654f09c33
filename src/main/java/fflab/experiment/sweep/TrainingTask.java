package fflab.experiment.sweep;

import fflab.data.DataDirectory;
import fflab.experiment.PlannedRun;
import fflab.experiment.spec.ModelRegistry;
import fflab.run.RunExecutor;
import fflab.run.RunResult;
import fflab.saliency.SaliencyOptions;
import fflab.train.TrainingMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real run: {@link RunExecutor} trains and evaluates, then the saliency step runs when the config asks. */
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
        RunResult result = executor.execute(run.config().toRequest(registry), runDir, monitor,
                (model, split, dir) -> {
                    if (run.config().saliency() != null) {
                        SaliencyOptions options = SaliencyBlock.options(run.config().saliency(), run.config().seed());
                        steps.add(runStep(new PostTrainingStep.Context(model, split, dir, run.config(), options,
                                log)));
                    }
                });
        return new Outcome(result, steps);
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
