package fflab.report;

import java.util.Locale;

/** The two training methods a report compares, told apart by the model id's prefix. */
public enum TrainingMethod {
    FF,
    BP,
    OTHER;

    /** "FF", "BP" or "other". */
    public String label() {
        return this == OTHER ? "other" : name();
    }

    /** "ff-mlp" and "FF_MLP" are FF, "bp-mlp" is BP; anything else is OTHER. */
    public static TrainingMethod of(String model) {
        String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
        if (m.startsWith("ff")) {
            return FF;
        }
        return m.startsWith("bp") ? BP : OTHER;
    }
}
