package fflab.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How p-values of a family of comparisons are adjusted; see {@link MultipleComparisons}. */
public enum Correction {
    NONE("none", "none"),
    /** Holm's step-down procedure: controls the family-wise error rate. */
    HOLM("holm", "Holm"),
    /** Benjamini and Hochberg's step-up procedure: controls the false discovery rate. */
    BENJAMINI_HOCHBERG("bh", "Benjamini-Hochberg");

    private final String key;
    private final String label;

    Correction(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used on the command line and in configuration: none, holm or bh. */
    public String key() {
        return key;
    }

    /** The name for a report sentence, e.g. "Holm" ("none" for {@link #NONE}). */
    public String label() {
        return label;
    }

    /** Case-insensitive, surrounding blanks ignored. */
    public static Correction parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown multiple-comparison correction '" + text
                        + "'; allowed values: " + Arrays.stream(values()).map(Correction::key)
                                .collect(Collectors.joining(", "))));
    }
}
