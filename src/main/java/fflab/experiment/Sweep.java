package fflab.experiment;

import fflab.experiment.spec.ExperimentSpec;
import java.util.List;

/**
 * The runs of an experiment, in the order they run.
 *
 * @param excluded combinations dropped by {@code exclude:}
 * @param duplicates combinations whose config equals an earlier run's (run once)
 */
public record Sweep(ExperimentSpec spec, List<PlannedRun> runs, int excluded, int duplicates) {
    public Sweep {
        runs = List.copyOf(runs);
    }

    public PlannedRun find(RunId id) {
        return runs.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
