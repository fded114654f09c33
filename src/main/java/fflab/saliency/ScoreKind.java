package fflab.saliency;

import fflab.model.FFNetwork;
import fflab.predict.Predictor;
import fflab.util.JsonEnumId;

/**
 * What the continuous (per-image) variant of ADS measures: how strongly the model prefers the
 * true label. Scores come as rows of one value per label; the predicted label is the row's
 * argmax with ties to the lowest label, as the models themselves predict.
 */
public enum ScoreKind implements JsonEnumId {
    /** FF: summed goodness of the true label minus the best other label's. */
    GOODNESS_MARGIN,
    /** BP: the softmax probability of the true label. */
    PROBABILITY;

    /** The margin for an FF-MLP that predicts by goodness; the probability for the rest. */
    static ScoreKind of(Predictor network) {
        return network instanceof FFNetwork ff && ff.readout() == null ? GOODNESS_MARGIN : PROBABILITY;
    }

    /** The score of {@code label} in the row of {@code classes} values starting at {@code offset}. */
    double score(double[] scores, int offset, int classes, int label) {
        if (this == PROBABILITY) {
            return scores[offset + label];
        }
        double bestOther = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < classes; y++) {
            if (y != label) {
                bestOther = Math.max(bestOther, scores[offset + y]);
            }
        }
        return scores[offset + label] - bestOther;
    }

    /** The index of the row's largest value; ties go to the lowest label. */
    static int argmax(double[] scores, int offset, int classes) {
        int best = 0;
        for (int y = 1; y < classes; y++) {
            if (scores[offset + y] > scores[offset + best]) {
                best = y;
            }
        }
        return best;
    }
}
