package fflab.saliency;

import com.fasterxml.jackson.annotation.JsonValue;
import fflab.FflabException;

/** How occluded images are evaluated. Both give the same counts; see {@link AccuracyDifferentialSaliency}. */
public enum SaliencyMethod {
    /** The exact window algebra where the model allows it (FF-MLP, BP-MLP), else {@link #NAIVE}. */
    FAST,
    /** Occlude every image at every position and run the model's own inference: the reference. */
    NAIVE;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    public static SaliencyMethod parse(String s) {
        for (SaliencyMethod m : values()) {
            if (m.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return m;
            }
        }
        throw new FflabException("--method: unknown method '" + s + "'; allowed values: fast, naive");
    }
}
