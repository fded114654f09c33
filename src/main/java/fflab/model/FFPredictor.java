package fflab.model;

import fflab.nn.Dense;
import fflab.predict.Predictor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A Forward-Forward network, MLP or CNN: it predicts by the goodness of its layers or, with a
 * linear readout, by a softmax layer on their activities for the neutral input. What FF training
 * ({@link FFSession}) asks of the network it trains.
 *
 * @param <N> the network's own type
 */
public interface FFPredictor<N extends FFPredictor<N>> extends Predictor {
    /** Goodness of every layer for every image and label. */
    LabelGoodness labelGoodness(INDArray images);

    /** The network of the first {@code count} layers (sharing their weights), predicting by goodness. */
    N firstLayers(int count);

    boolean skipFirstLayerInPrediction();

    /** The linear readout, or null when the network predicts by goodness. */
    Dense readout();

    N withReadout(Dense readout);

    /** What the linear readout reads, one row per image. */
    INDArray readoutFeatures(INDArray images);

    int readoutFeatureCount();

    /** By goodness: the summed goodness (from layer 2 when the first is skipped) and each layer's own choice; else the readout's. */
    @Override
    default Predictions predictAll(INDArray images) {
        return readout() != null ? LinearReadout.predict(readout(), readoutFeatures(images))
                : labelGoodness(images).predictions(skipFirstLayerInPrediction() ? 1 : 0);
    }
}
