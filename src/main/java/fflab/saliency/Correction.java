package fflab.saliency;

import com.fasterxml.jackson.annotation.JsonValue;

/** Correction of per-position p-values for testing all positions of a map at once. */
public enum Correction {
    /** Holm's step-down method: controls the family-wise error rate. */
    HOLM("holm"),
    /** Benjamini-Hochberg: controls the false discovery rate; finds more pixels. */
    BENJAMINI_HOCHBERG("bh");

    private final String id;

    Correction(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Correction parse(String s) {
        return OptionValues.parse(values(), Correction::id, "--correction", s);
    }
}
