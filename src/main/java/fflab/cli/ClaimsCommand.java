package fflab.cli;

import fflab.claims.Claims;
import fflab.claims.Measurement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fflab claims}: the claims page, reports/index.html. */
@Command(name = "claims",
        description = {"Write the claims page (default reports/index.html): a link to every experiment's report "
                + "and one row per headline claim of claims.yaml, with the paper's number beside fflab's (mean +- sd "
                + "over seeds, 95 %% interval) read from RESULTS/<experiment>/, the scale of the runs, and a verdict "
                + "(reproduced, not reproduced, not comparable at this scale) by the rule the page states.",
                "Measures: accuracy (test %%), accuracy-gap (model - versus, paired by seed), layer-lag (epochs the "
                        + "last layer trails layer 1 to 90 %% of its final validation accuracy), layer1-correlation "
                        + "(Pearson r of layer 1 and the model over training), ads-deletion-gain (random - ADS "
                        + "deletion AUC), cam-ink-excess (CAM mass on the ink - the ink's area, from <run>/cam/cam.json)."})
public final class ClaimsCommand extends FflabCommand implements Callable<Integer> {
    @Option(names = "--claims", paramLabel = "FILE", defaultValue = "experiments/claims/claims.yaml",
            description = "The papers' claims (default: ${DEFAULT-VALUE}).")
    Path claims;

    @Mixin
    ResultsOption results;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder holding <experiment>/index.html reports to link (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--out", paramLabel = "FILE", description = "The page (default: REPORTS/index.html).")
    Path out;

    @Override
    public Integer call() {
        Path page = out != null ? out : reports.resolve(Claims.REPORT_FILE);
        Claims.Written w = Claims.write(claims, results.dir, reports, page, Instant.now());
        PrintWriter o = out();
        for (Measurement m : w.rows()) {
            o.printf("%-24s %s%n", m.claim().id(), m.verdict().label() + (m.note().isEmpty() ? "" : " (" + m.note() + ")"));
        }
        o.println("claims page: " + w.page());
        o.flush();
        return 0;
    }
}
