package fflab.cli;

import fflab.claims.Reproduction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fflab reproduce SPEC...}: make reproduce's sweeps and CAM figures under one progress bar. */
@Command(name = "reproduce",
        description = {"Run the reproduction specs one after another into RESULTS/<experiment>/ (each as fflab "
                + "sweep, so finished runs are kept and a rerun resumes), then the CAM figures of every trained CNN "
                + "(<run>/cam/: cam.png, cams.npy, cam.json), under one progress bar with an ETA from the estimated "
                + "cost of the runs still to do. make reproduce then writes the reports and the claims page.",
                "Exit code 0 when every sweep succeeded, 1 when a run failed."})
public final class ReproduceCommand extends FflabCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "Experiment specs, run in this order.")
    List<Path> specs;

    @Option(names = "--scale", paramLabel = "NAME", defaultValue = "cpu",
            description = "The scale of every spec (default: ${DEFAULT-VALUE}; paper: the papers' settings).")
    String scale;

    @Mixin
    ResultsOption results;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Runs at a time within a spec (default: ${DEFAULT-VALUE}).")
    int workers;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a field of every spec after the scale, as in fflab sweep (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--estimate", description = "Print the estimated time of what is left and run nothing.")
    boolean estimate;

    @Override
    public Integer call() {
        PrintWriter out = out();
        List<String> overrides = new ArrayList<>(List.of("scale=" + scale));
        overrides.addAll(sets);
        Reproduction r = new Reproduction(specs, overrides, results.dir,
                new ArrayList<>(List.of("--workers", Integer.toString(workers))), dataDir.path, out);
        if (estimate) {
            out.printf(Locale.ROOT, "reproduce at scale %s: estimated %s on 2 cores for the runs still to do "
                    + "(training, evaluation, ADS maps, CAM figures)%n", scale, Reproduction.duration(r.remainingSeconds()));
            out.flush();
            return 0;
        }
        int status = r.run();
        out.flush();
        return status;
    }
}
