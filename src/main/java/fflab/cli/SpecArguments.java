package fflab.cli;

import fflab.experiment.Experiments;
import fflab.experiment.Sweep;
import fflab.experiment.SweepExpansion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The spec file and its {@code --set} overrides, shared by validate and sweep. */
final class SpecArguments {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Experiment spec, e.g. experiments/paper-mnist.yaml.")
    Path spec;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one field of the spec, validated like the file; repeatable. The value is YAML: "
                    + "--set models.ff-mlp.epochs=5, --set seed=[1,2,3], --set scale=paper.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--max-runs", paramLabel = "N", description = "Refuse a sweep of more than N runs, surely a "
            + "mistake (default: ${DEFAULT-VALUE}).")
    int maxRuns = SweepExpansion.DEFAULT_MAX_RUNS;

    Sweep plan() {
        return Experiments.plan(spec, sets, maxRuns);
    }

    /** Prints the spec's warnings to {@code err}, one a line. */
    static void warn(Sweep sweep, java.io.PrintWriter err) {
        sweep.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
    }
}
