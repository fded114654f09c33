package fflab.stats;

import fflab.util.EnumId;

/** How p-values of a family of comparisons are adjusted; see {@link MultipleComparisons}. */
public enum Correction implements EnumId {
    NONE("none"),
    /** Holm's step-down procedure: controls the family-wise error rate. */
    HOLM("Holm"),
    /** Benjamini and Hochberg's step-up procedure: controls the false discovery rate. */
    BENJAMINI_HOCHBERG("Benjamini-Hochberg");

    private final String label;

    Correction(String label) {
        this.label = label;
    }

    /** The name used on the command line and in configuration: none, holm or bh. */
    @Override
    public String id() {
        return this == BENJAMINI_HOCHBERG ? "bh" : EnumId.super.id();
    }

    /** The name for a report sentence, e.g. "Holm" ("none" for {@link #NONE}). */
    public String label() {
        return label;
    }

    /** The corrections that adjust, holm and bh: the choices of saliency's and report's --correction. */
    public static Correction[] adjusting() {
        return new Correction[] {HOLM, BENJAMINI_HOCHBERG};
    }

    /** Case-insensitive, surrounding blanks ignored. */
    public static Correction parse(String text) {
        return EnumId.find(values(), text).orElseThrow(() -> new IllegalArgumentException(
                "Unknown multiple-comparison correction '" + text + "'; allowed values: " + EnumId.allowed(values())));
    }
}
