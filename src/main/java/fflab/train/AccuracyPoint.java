package fflab.train;

import java.util.List;

/**
 * Accuracy of the whole model and of each layer alone (FF: goodness of that layer only) on one
 * data split, measured during training.
 */
public record AccuracyPoint(String stage, int epoch, String split, double model, List<Double> layers) {
    public AccuracyPoint {
        layers = List.copyOf(layers);
    }
}
