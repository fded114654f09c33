package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.run.RunResult;
import fflab.train.TrainingMonitor;
import java.nio.file.Path;
import java.util.List;

/** The work of one run inside its (empty) folder: train, evaluate, write the results. */
@FunctionalInterface
public interface RunTask {

    /** @param steps one status line per step after training, for done.json */
    record Outcome(RunResult result, List<String> steps) {
        public Outcome {
            steps = List.copyOf(steps);
        }
    }

    Outcome run(PlannedRun run, Path runDir, TrainingMonitor monitor, RunLog log) throws Exception;
}
