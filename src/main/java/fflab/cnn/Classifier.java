package fflab.cnn;

/** How a trained FF-CNN chooses a label. */
public enum Classifier {
    /** The label whose pattern gives the largest goodness summed over the layers. */
    GOODNESS,
    /** A softmax layer trained (after FF) on the layers' activities for the neutral input: one pass, not ten. */
    LINEAR
}
