package fflab.saliency;

import fflab.util.EnumId;
import fflab.util.JsonEnumId;

/** How occluded images are evaluated. Both give the same counts; see {@link AccuracyDifferentialSaliency}. */
public enum SaliencyMethod implements JsonEnumId {
    /** The exact window algebra where the model allows it (FF-MLP, BP-MLP), else {@link #NAIVE}. */
    FAST,
    /** Occlude every image at every position and run the model's own inference: the reference. */
    NAIVE;

    public static SaliencyMethod parse(String s) {
        return EnumId.parse(values(), "--method", s);
    }
}
