package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.SaliencyRequest;
import fflab.run.RunResult;
import fflab.train.TrainingMonitor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The work of one run inside its (empty) folder: train, evaluate, write the results, and compute
 * the run's saliency outputs into {@code saliency/<key>/} while the model is in memory; and, for a
 * run finished earlier, one more saliency output on its saved model, without training.
 */
@FunctionalInterface
public interface RunTask {

    /**
     * One saliency output computed.
     *
     * @param step its line for done.json's steps; @param seconds how long it took
     */
    record SaliencyOutcome(SaliencyRequest request, String step, double seconds) {}

    /**
     * @param steps one status line per step after training, for done.json
     * @param stepSeconds seconds per step ("load", "train", "evaluate", "save", "saliency", ...); the
     *                    train and evaluation times of the result stand in when it is empty
     * @param saliency the saliency outputs computed, each complete in its folder
     */
    record Outcome(RunResult result, List<String> steps, Map<String, Double> stepSeconds,
                   List<SaliencyOutcome> saliency) {
        public Outcome {
            steps = List.copyOf(steps);
            stepSeconds = Map.copyOf(stepSeconds);
            saliency = List.copyOf(saliency);
        }

        public Outcome(RunResult result, List<String> steps) {
            this(result, steps, Map.of(), List.of());
        }
    }

    Outcome run(PlannedRun run, Path runDir, TrainingMonitor monitor, RunLog log) throws Exception;

    /** Computes {@code request}'s outputs into its (empty) folder on the finished run's saved model. */
    default SaliencyOutcome addSaliency(PlannedRun run, Path runDir, SaliencyRequest request, RunLog log)
            throws Exception {
        throw new UnsupportedOperationException("this task cannot add saliency outputs to finished runs");
    }
}
