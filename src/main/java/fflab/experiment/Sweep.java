package fflab.experiment;

import fflab.experiment.spec.ExperimentSpec;
import fflab.experiment.spec.SpecError;
import java.util.List;

/**
 * The runs of an experiment, in the order they run.
 *
 * @param excluded combinations dropped by {@code exclude:}
 * @param duplicates combinations whose config equals an earlier run's (run once)
 * @param warnings what is allowed but suspicious (a run larger than this machine's memory), for
 *                 {@code validate} and {@code sweep} to print
 * @param source the spec text and overrides as given, or null for a sweep built from text in memory
 */
public record Sweep(ExperimentSpec spec, List<PlannedRun> runs, int excluded, int duplicates,
                    List<SpecError> warnings, SpecSource source) {
    public Sweep {
        runs = List.copyOf(runs);
        warnings = List.copyOf(warnings);
    }

    public Sweep(ExperimentSpec spec, List<PlannedRun> runs, int excluded, int duplicates, List<SpecError> warnings) {
        this(spec, runs, excluded, duplicates, warnings, null);
    }

    public Sweep withSource(SpecSource source) {
        return new Sweep(spec, runs, excluded, duplicates, warnings, source);
    }

    public PlannedRun find(RunId id) {
        return runs.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
