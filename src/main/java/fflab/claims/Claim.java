package fflab.claims;

import java.util.Map;

/**
 * One headline claim of a paper, as written in claims.yaml.
 *
 * @param paperValue  the paper's number; null when not copied into the file
 * @param where       flattened config.json values the measured runs must have (e.g. config.epochs: 1)
 * @param versus      the model compared against (gap measures), or null
 * @param versusWhere config values of the compared runs; defaults to {@code where} for another model
 * @param threshold   the number the rule compares with (a tolerance for close-to and within)
 * @param judgedAt    "paper": a verdict only at the paper's scale; "any": at every scale
 */
public record Claim(String id, String paper, String claim, Double paperValue, String paperText, String source,
                    String experiment, Measure measure, String model, Map<String, String> where, String versus,
                    Map<String, String> versusWhere, Rule rule, double threshold, String judgedAt, String unit) {

    public static final String PAPER_SCALE = "paper";

    public boolean onlyAtPaperScale() {
        return PAPER_SCALE.equals(judgedAt);
    }
}
