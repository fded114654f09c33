package fflab.claims;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.io.Json;
import fflab.report.ExperimentResults;
import fflab.report.Run;
import fflab.stats.Summaries;
import fflab.stats.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * fflab's side of one claim: the measured values, their summary, the scale of the runs and the verdict.
 *
 * @param summary mean, sd and 95 % t interval over the values; null when there is none
 * @param scale   the scale the runs were swept at (run.json), "mixed: ..." when they differ, "" without runs
 * @param note    why there is no verdict by the rule, or ""
 */
public record Measurement(Claim claim, int values, String over, Summary summary, String scale, Verdict verdict,
                          String note) {

    static final String RUN_FILE = "run.json";

    /** @param results null when the experiment folder does not exist */
    public static Measurement of(Claim c, ExperimentResults results) {
        if (results == null) {
            return new Measurement(c, 0, "", null, "", Verdict.NOT_COMPARABLE,
                    "no results/" + c.experiment() + "/ folder: run it first");
        }
        List<Measure.Value> values = c.measure().values(results, c);
        if (values.isEmpty()) {
            return new Measurement(c, 0, "", null, "", Verdict.NOT_COMPARABLE, "no finished run to measure");
        }
        Summary s = Summaries.summarise(values.stream().mapToDouble(Measure.Value::value).toArray(), 1);
        String seeds = values.stream().map(v -> v.run().seed()).collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining(", "));
        String over = values.size() + (values.size() == 1 ? " run" : " runs") + ", seeds " + seeds;
        TreeSet<String> scales = values.stream().map(v -> scale(v.run()))
                .collect(Collectors.toCollection(TreeSet::new));
        String scale = scales.size() == 1 ? scales.first() : "mixed: " + String.join(", ", scales);
        if (c.onlyAtPaperScale() && !scale.equals(Claim.PAPER_SCALE)) {
            return new Measurement(c, values.size(), over, s, scale, Verdict.NOT_COMPARABLE,
                    "judged at the paper's scale only");
        }
        if (!s.tInterval95().isDefined()) {
            return new Measurement(c, values.size(), over, s, scale, Verdict.NOT_COMPARABLE,
                    "one value: no interval");
        }
        if (c.rule() == Rule.CLOSE_TO && c.paperValue() == null) {
            return new Measurement(c, values.size(), over, s, scale, Verdict.NOT_COMPARABLE,
                    "the paper's number is not in claims.yaml");
        }
        return new Measurement(c, values.size(), over, s, scale,
                c.rule().judge(s.mean(), s.tInterval95(), c.paperValue(), c.threshold()), "");
    }

    /** The scale named in the run's run.json; "unknown" without one. */
    static String scale(Run run) {
        Path file = run.dir().resolve(RUN_FILE);
        if (!Files.isRegularFile(file)) {
            return Run.UNKNOWN;
        }
        JsonNode scale = Json.readTree(file).path("scale");
        return scale.isTextual() ? scale.asText() : Run.UNKNOWN;
    }
}
