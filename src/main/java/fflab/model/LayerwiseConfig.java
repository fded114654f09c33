package fflab.model;

/** An FF config: every layer trains with its own optimiser, layer after layer (sequential) or all together. */
public interface LayerwiseConfig {
    int layers();

    Schedule schedule();

    int epochs();

    int evalEvery();

    NegativeMode negatives();

    boolean resampleNegatives();

    Classifier classifier();

    int readoutEpochs();

    double readoutLearningRate();
}
