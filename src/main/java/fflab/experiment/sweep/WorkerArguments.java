package fflab.experiment.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code fflab sweep ... --worker ID}, the command that runs one run of a sweep
 * in its own JVM, for the local pool and for cluster tasks alike. Carries the spec's text too, so
 * that a machine which cannot see the spec file can write a copy (same text, same run ids).
 *
 * @param specPath the spec file, absolute; @param dataDir the data folder, or null for the worker's default
 * @param experiment the experiment's name, i.e. its folder under {@code results}
 */
public record WorkerArguments(String specPath, String specText, String experiment, String results, int threads,
                              int maxRuns, String dataDir, List<String> sets) implements Serializable {

    public WorkerArguments {
        sets = List.copyOf(sets);
    }

    /** The arguments after {@code fflab.cli.Main} for run {@code runId}, reading the spec from {@code spec}. */
    public List<String> forRun(String spec, String runId) {
        List<String> cmd = new ArrayList<>(List.of("sweep", spec, "--results", results,
                "--threads", Integer.toString(threads), "--max-runs", Integer.toString(maxRuns), "--worker", runId));
        if (dataDir != null) {
            cmd.addAll(List.of("--data-dir", dataDir));
        }
        sets.forEach(s -> cmd.addAll(List.of("--set", s)));
        return cmd;
    }
}
