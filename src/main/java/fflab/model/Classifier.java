package fflab.model;

/** How a trained FF network (MLP or CNN) chooses a label. */
public enum Classifier {
    /** The label whose pattern gives the largest goodness summed over the layers. */
    GOODNESS,
    /**
     * A softmax layer trained after FF on the frozen layers' normalised activities for the neutral
     * label (Hinton 2022, section 3.3): one pass, not ten. Hinton calls it the linear readout.
     */
    LINEAR
}
