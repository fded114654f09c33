package fflab.cli;

import fflab.experiment.regression.RegressionCheck;
import fflab.experiment.regression.RegressionReference;
import fflab.io.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fflab regression}: compare a ci-regression sweep with the recorded floors, or record them. */
@Command(name = "regression",
        description = "Accuracy regression of the CI runs (make regression).",
        subcommands = {RegressionCommand.Check.class, RegressionCommand.Reference.class})
public final class RegressionCommand extends GroupCommand {
    @Command(name = "check",
            description = "Print metric, floor, value and verdict for each floor of the reference; exit code 1 when "
                    + "any metric is below its floor or its runs did not all finish.")
    static final class Check extends FflabCommand implements Callable<Integer> {
        @Option(names = "--runs", required = true, paramLabel = "CSV", description = "runs.csv of the fresh sweep.")
        Path runs;

        @Option(names = "--reference", paramLabel = "JSON", defaultValue = "results/reference/ci-regression.json",
                description = "Floors (default: ${DEFAULT-VALUE}).")
        Path reference;

        @Override
        public Integer call() {
            RegressionReference ref = Json.read(reference, RegressionReference.class);
            return RegressionCheck.check(runs, ref, out()) ? 0 : 1;
        }
    }

    @Command(name = "reference",
            description = "Derive the floors from recorded runs (the ci-regression sweep run with more seeds): "
                    + "reference means over the CI seeds, spread over all seeds.")
    static final class Reference extends FflabCommand implements Callable<Integer> {
        @Option(names = "--runs", required = true, paramLabel = "CSV", description = "runs.csv of the recorded sweep.")
        Path runs;

        @Option(names = "--spec", defaultValue = "experiments/ci-regression.yaml", description = "Spec it came from.")
        String specFile;

        @Option(names = "--ci-seeds", split = ",", defaultValue = "1,2,3", description = "Seeds CI runs.")
        List<Long> ciSeeds;

        @Option(names = "--sigmas", defaultValue = "4", description = "Floor distance in standard deviations of the "
                + "difference of two CI means (default: ${DEFAULT-VALUE}).")
        double sigmas;

        @Option(names = "--min-margin", defaultValue = "0.005", description = "Smallest margin (default: ${DEFAULT-VALUE}).")
        double minMargin;

        @Option(names = "--out", defaultValue = "results/reference/ci-regression.json", description = "Where to write it.")
        Path out;

        @Override
        public Integer call() {
            RegressionReference ref = RegressionCheck.derive(runs, specFile, ciSeeds, sigmas, minMargin);
            Json.write(out, ref);
            PrintWriter o = out();
            ref.floors().forEach(f -> o.printf("%-14s %-14s mean %.4f sd %.4f margin %.4f floor %.4f%n", f.group(),
                    f.metric(), f.referenceMean(), f.seedSd(), f.margin(), f.floor()));
            o.println("wrote " + out);
            o.flush();
            return 0;
        }
    }
}
