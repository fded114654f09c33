package fflab.model;

/** In which order FF layers train. */
public enum Schedule {
    /** The paper: layer 1 trains for all its epochs, then its outputs train layer 2, and so on. */
    SEQUENTIAL,
    /** Every mini-batch updates every layer, each with its own local loss. */
    SIMULTANEOUS
}
