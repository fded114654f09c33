package fflab.train;

import fflab.predict.Predictor;

/** What a trainer tells the outside world while it trains. All methods are optional. */
public interface TrainingMonitor {
    TrainingMonitor NONE = new TrainingMonitor() {};

    /** Training begins; {@code totalEpochs} counts every epoch of every stage. */
    default void started(String task, long totalEpochs) {}

    default void epochFinished(LayerEpoch epoch) {}

    /** A point in training at which accuracy may be measured; the predictor is valid only during the call. */
    default void evaluate(String stage, int epoch, Predictor predictor) {}

    /** Whether epoch {@code epoch} of {@code epochs} is measured: every {@code evalEvery} (0: none) and the last. */
    static boolean evaluationDue(int evalEvery, int epoch, int epochs) {
        return (evalEvery > 0 && epoch % evalEvery == 0) || epoch == epochs;
    }

    /**
     * The end of epoch {@code epoch} of a network trained end to end (BP): its mean loss and time,
     * then its accuracy when {@link #evaluationDue}.
     */
    default void endToEndEpoch(int epoch, int epochs, double meanLoss, long startNanos, int evalEvery,
                               Predictor network) {
        epochFinished(new LayerEpoch("all", epoch, 0, meanLoss, Double.NaN, Double.NaN,
                (System.nanoTime() - startNanos) / 1e9));
        if (evaluationDue(evalEvery, epoch, epochs)) {
            evaluate("all", epoch, network);
        }
    }

    default void finished() {}
}
