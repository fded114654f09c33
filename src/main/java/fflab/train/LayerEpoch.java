package fflab.train;

/**
 * One epoch of one layer: its mean loss and goodness. For back-propagation models (and an
 * FF-CNN's readout) the whole network is "layer 0" and there is no goodness (NaN here, left out
 * of history.csv and run.log).
 *
 * @param stage what was training: {@code layer-K} (sequential FF), {@code all} (simultaneous FF, BP)
 * @param epoch epoch within the stage, from 1
 * @param layer the layer the numbers belong to, from 1 (0: the whole model)
 */
public record LayerEpoch(String stage, int epoch, int layer, double loss, double positiveGoodness,
                         double negativeGoodness, double seconds) {

    /** False for models without FF goodness (back-propagation, an FF-CNN's readout). */
    public boolean hasGoodness() {
        return !Double.isNaN(positiveGoodness) || !Double.isNaN(negativeGoodness);
    }
}
