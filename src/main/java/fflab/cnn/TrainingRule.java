package fflab.cnn;

/** How an FF-CNN's layers learn, each from its own local loss. */
public enum TrainingRule {
    /**
     * Positive data (the image blended with its label's pattern) against negative data (a wrong
     * label's pattern); goodness of a layer's whole map against theta (Scodellaro et al. 2023).
     */
    LABEL_PATTERNS,
    /**
     * Channel-wise competition (CwComp, Papachristodoulou et al. 2024): no label in the input and
     * no negative data; each class owns a group of every layer's channels, the group's goodness
     * over the whole map is the class's score, and the loss is their softmax cross-entropy.
     */
    CHANNEL_WISE
}
