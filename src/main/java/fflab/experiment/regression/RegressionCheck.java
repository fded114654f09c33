package fflab.experiment.regression;

import fflab.FflabException;
import fflab.io.Csv;
import fflab.provenance.BuildInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CI accuracy regression: compare the metrics of a fresh {@code ci-regression} sweep with
 * the floors in the reference file, print metric / floor / value / verdict, fail when any metric
 * is below its floor or missing. Also derives the reference from recorded runs.
 */
public final class RegressionCheck {
    private RegressionCheck() {}

    /** @return true when every metric is at or above its floor */
    public static boolean check(Path runsCsv, RegressionReference reference, PrintWriter out) {
        MetricStats stats = new MetricStats(Csv.read(runsCsv), new HashSet<>(reference.ciSeeds()));
        out.printf(Locale.ROOT, "%-40s %8s %8s  %s%n", "metric", "floor", "value", "verdict");
        boolean pass = true;
        for (RegressionReference.Floor f : reference.floors()) {
            List<Double> values = stats.values(f.group(), f.metric());
            String name = f.group() + " " + f.metric();
            if (stats.unfinished(f.group()) > 0 || values.size() < reference.ciSeeds().size()) {
                out.printf(Locale.ROOT, "%-40s %8.4f %8s  FAIL (%d of %d runs finished)%n", name, f.floor(), "-",
                        values.size(), reference.ciSeeds().size());
                pass = false;
                continue;
            }
            double value = MetricStats.mean(values);
            boolean ok = value >= f.floor();
            pass &= ok;
            out.printf(Locale.ROOT, "%-40s %8.4f %8.4f  %s%n", name, f.floor(), value,
                    ok ? "ok" : String.format(Locale.ROOT, "FAIL (%.4f below the floor)", f.floor() - value));
        }
        out.println(pass ? "regression check passed" : "regression check FAILED");
        out.flush();
        return pass;
    }

    /**
     * The reference from recorded runs: means over {@code ciSeeds}, spread over every seed in the
     * table, floors as {@link RegressionReference} explains.
     */
    public static RegressionReference derive(Path runsCsv, String spec, List<Long> ciSeeds, double sigmas,
                                             double minMargin) {
        List<Map<String, String>> rows = Csv.read(runsCsv);
        MetricStats ci = new MetricStats(rows, new HashSet<>(ciSeeds));
        MetricStats all = new MetricStats(rows, new HashSet<>());
        List<Long> spreadSeeds = rows.stream().map(r -> Long.parseLong(r.get("seed"))).distinct().sorted().toList();
        List<RegressionReference.Floor> floors = new ArrayList<>();
        for (String group : all.groups()) {
            if (all.unfinished(group) > 0) {
                throw new FflabException(group + " has unfinished runs in " + runsCsv + "; finish the sweep first");
            }
            for (String metric : MetricStats.METRICS) {
                double mean = MetricStats.mean(ci.values(group, metric));
                double sd = MetricStats.sd(all.values(group, metric));
                double margin = Math.max(minMargin, sigmas * sd * Math.sqrt(2.0 / ciSeeds.size()));
                floors.add(new RegressionReference.Floor(group, metric, mean, sd, margin, mean - margin));
            }
        }
        String method = String.format(Locale.ROOT, "floor = reference mean over seeds %s - margin; margin = max(%s, "
                + "%s * sd * sqrt(2 / %d)), sd = standard deviation over seeds %s: the difference of two %d-seed "
                + "means under a change that acts like new seeds has sd * sqrt(2 / %d), so a false alarm needs a "
                + "%s-sigma draw", ciSeeds, minMargin, sigmas, ciSeeds.size(), spreadSeeds, ciSeeds.size(),
                ciSeeds.size(), sigmas);
        return new RegressionReference(spec, Instant.now().toString(), BuildInfo.git().commit(), method,
                sigmas, minMargin, ciSeeds, spreadSeeds, floors);
    }
}
