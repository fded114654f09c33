package fflab.cli;

import fflab.FflabException;
import fflab.report.ExperimentAnalysis;
import fflab.report.ExperimentResults;
import fflab.report.HtmlReportWriter;
import fflab.report.ReportOptions;
import fflab.stats.Correction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fflab report}: one self-contained HTML comparison report for an experiment's run folders. */
@Command(name = "report",
        description = "Compare the runs of an experiment (FF vs BP, sweep axes, training dynamics, confusion, "
                + "saliency) and write one self-contained HTML file that needs no network.")
public final class ReportCommand extends FflabCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS_DIR",
            description = "An experiment folder: run folders (each with config.json and metrics.json) at any depth "
                    + "up to 4, e.g. results/<experiment>.")
    Path resultsDir;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The HTML file to write (default: reports/<experiment>/index.html).")
    Path out;

    @Option(names = "--correction", defaultValue = "holm", converter = CorrectionConverter.class,
            description = "Multiple-comparison correction within each table: holm or bh (Benjamini-Hochberg); "
                    + "default: ${DEFAULT-VALUE}.")
    Correction correction;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level of the verdicts "
            + "(default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--bootstrap", defaultValue = "10000", paramLabel = "RESAMPLES",
            description = "Bootstrap resamples for the confidence intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Override
    public Integer call() {
        if (!(alpha > 0 && alpha < 1)) {
            throw new FflabException("--alpha must be between 0 and 1, got " + alpha);
        }
        if (bootstrap < 1) {
            throw new FflabException("--bootstrap must be at least 1, got " + bootstrap);
        }
        long start = System.nanoTime();
        ExperimentResults results = ExperimentResults.load(resultsDir);
        if (results.experiment().runs().isEmpty()) {
            throw new FflabException("no run folders under " + resultsDir + " (a run folder holds config.json, "
                    + "metrics.json or a failure marker)");
        }
        ReportOptions options = ReportOptions.defaults().withCorrection(correction).withAlpha(alpha)
                .withResamples(bootstrap);
        Path file = out != null ? out : Path.of("reports", results.experiment().name(), "index.html");
        long bytes = HtmlReportWriter.write(ExperimentAnalysis.of(results, options), file, Instant.now());
        PrintWriter o = out();
        o.printf(Locale.ROOT, "report of %d runs (%d finished) written to %s (%.1f KB, %.1f s)%n",
                results.experiment().runs().size(), results.experiment().finishedRuns().size(), file, bytes / 1024.0,
                (System.nanoTime() - start) / 1e9);
        o.flush();
        return 0;
    }
}
