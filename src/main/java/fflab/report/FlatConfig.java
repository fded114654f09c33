package fflab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A run's config.json as flat "path = value" pairs, e.g. {@code config.theta = 2.0}: the form in
 * which sweep axes are found and shown. Arrays stay one value ({@code config.hiddenSizes =
 * [200,200]}) because a sweep varies the whole list, not its elements.
 */
public final class FlatConfig {
    private FlatConfig() {
    }

    public static Map<String, String> flatten(JsonNode root) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (root != null && root.isObject()) {
            add("", root, flat);
        }
        return Collections.unmodifiableMap(flat);
    }

    private static void add(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                add(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else {
            // compact JSON for arrays and null; plain text for strings, numbers and booleans
            flat.put(prefix, node.isValueNode() && !node.isNull() ? node.asText() : node.toString());
        }
    }

    /** Key segments of options computed on a trained model rather than training it. */
    static final Set<String> POST_TRAINING = Set.of("saliency", "cam", "evaluation", "eval");

    /**
     * Whether a key belongs to what is computed on a trained model (saliency, CAM, evaluation
     * subsets): such options neither make a sweep axis nor a different replicate.
     */
    public static boolean isPostTraining(String key) {
        for (String segment : key.split("\\.")) {
            if (POST_TRAINING.contains(segment.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The key without the "config." prefix, for column headings: "config.theta" gives "theta". */
    public static String shortName(String key) {
        return key.startsWith("config.") ? key.substring("config.".length()) : key;
    }

    /** "theta=2.0, hiddenSizes=[200,200]" from config keys and values, in the map's order. */
    public static String label(Map<String, String> values) {
        return values.entrySet().stream().map(e -> shortName(e.getKey()) + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
