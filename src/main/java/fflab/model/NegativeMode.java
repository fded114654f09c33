package fflab.model;

/** How a negative example's wrong label is chosen. */
public enum NegativeMode {
    /** Uniform over the wrong labels: the paper's description. */
    WRONG,
    /** The batch's labels permuted, as the reference code; sometimes repeats the true label. */
    SHUFFLED,
    /** Sampled in proportion to exp(goodness) of the wrong labels under the current model, as Hinton suggests. */
    HARD
}
