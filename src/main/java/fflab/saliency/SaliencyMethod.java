package fflab.saliency;

import com.fasterxml.jackson.annotation.JsonValue;

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
        return OptionValues.parse(values(), SaliencyMethod::id, "--method", s);
    }
}
