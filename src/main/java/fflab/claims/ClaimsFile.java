package fflab.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fflab.FflabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads claims.yaml: {@code papers:} (key -> cite) and {@code claims:} (a list of {@link Claim}).
 * Every problem names the file, the field and what is allowed.
 */
public record ClaimsFile(Map<String, String> papers, List<Claim> claims) {

    public static ClaimsFile read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new FflabException(file + ": cannot read the claims file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FflabException(file + ": expected a map with papers: and claims:");
        }
        Fields f = new Fields(file);
        Map<String, String> papers = new LinkedHashMap<>();
        JsonNode paperNodes = root.path("papers");
        if (!paperNodes.isObject()) {
            throw f.error("papers", "expected a map from paper key to {cite: ...}");
        }
        paperNodes.fields().forEachRemaining(e -> papers.put(e.getKey(),
                f.text(e.getValue(), "papers." + e.getKey() + ".cite", "cite")));
        JsonNode claimNodes = root.path("claims");
        if (!claimNodes.isArray() || claimNodes.isEmpty()) {
            throw f.error("claims", "expected a non-empty list of claims");
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < claimNodes.size(); i++) {
            claims.add(claim(claimNodes.get(i), "claims[" + i + "]", papers, f));
        }
        return new ClaimsFile(papers, List.copyOf(claims));
    }

    private static Claim claim(JsonNode n, String at, Map<String, String> papers, Fields f) {
        String paper = f.text(n, at, "paper");
        if (!papers.containsKey(paper)) {
            throw f.error(at + ".paper", "unknown paper '" + paper + "', expected one of " + papers.keySet());
        }
        String measureId = f.text(n, at, "measure");
        Measure measure = Measure.of(measureId);
        if (measure == null) {
            throw f.error(at + ".measure", "unknown '" + measureId + "', expected one of "
                    + Arrays.stream(Measure.values()).map(Measure::id).collect(Collectors.joining(", ")));
        }
        String ruleId = f.text(n, at, "rule");
        Rule rule = Rule.of(ruleId);
        if (rule == null) {
            throw f.error(at + ".rule", "unknown '" + ruleId + "', expected one of "
                    + Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", ")));
        }
        String judgedAt = f.text(n, at, "judged_at");
        if (!judgedAt.equals(Claim.PAPER_SCALE) && !judgedAt.equals("any")) {
            throw f.error(at + ".judged_at", "expected paper or any, got '" + judgedAt + "'");
        }
        JsonNode value = n.path("paper_value");
        if (!value.isMissingNode() && !value.isNull() && !value.isNumber()) {
            throw f.error(at + ".paper_value", "expected a number or null");
        }
        JsonNode threshold = n.path("threshold");
        if (!threshold.isNumber()) {
            throw f.error(at + ".threshold", "expected a number");
        }
        String versus = n.path("versus").isMissingNode() ? null : f.text(n, at, "versus");
        if (measure.needsVersus() != (versus != null)) {
            throw f.error(at + ".versus", measure.needsVersus() ? "measure " + measureId + " needs versus: MODEL"
                    : "only gap measures take versus:");
        }
        return new Claim(f.text(n, at, "id"), paper, f.text(n, at, "claim"),
                value.isNumber() ? value.asDouble() : null, f.text(n, at, "paper_text"), f.text(n, at, "source"),
                f.text(n, at, "experiment"), measure, f.text(n, at, "model"), f.map(n, at, "where"), versus,
                f.map(n, at, "versus_where"), rule, threshold.asDouble(), judgedAt, f.text(n, at, "unit"));
    }

    /** Field access with messages naming the file and the field. */
    private record Fields(Path file) {
        FflabException error(String field, String message) {
            return new FflabException(file + ": " + field + ": " + message);
        }

        String text(JsonNode node, String at, String field) {
            JsonNode v = node.path(field);
            if (!v.isValueNode() || v.isNull() || v.asText().isBlank()) {
                throw error(at + "." + field, "missing or not a text");
            }
            return v.asText();
        }

        Map<String, String> map(JsonNode node, String at, String field) {
            JsonNode v = node.path(field);
            Map<String, String> out = new LinkedHashMap<>();
            if (v.isMissingNode() || v.isNull()) {
                return out;
            }
            if (!v.isObject()) {
                throw error(at + "." + field, "expected a map from a config.json path (e.g. config.epochs) to a value");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        }
    }
}
