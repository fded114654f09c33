package fflab.saliency;

import fflab.util.JsonEnumId;

/** Correction of per-position p-values for testing all positions of a map at once. */
public enum Correction implements JsonEnumId {
    /** Holm's step-down method: controls the family-wise error rate. */
    HOLM,
    /** Benjamini-Hochberg: controls the false discovery rate; finds more pixels. */
    BENJAMINI_HOCHBERG;

    /** "holm" or "bh". */
    @Override
    public String id() {
        return this == HOLM ? JsonEnumId.super.id() : "bh";
    }

    public static Correction parse(String s) {
        return OptionValues.parse(values(), Correction::id, "--correction", s);
    }
}
