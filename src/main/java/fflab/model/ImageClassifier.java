package fflab.model;

import fflab.data.ImageSet;
import fflab.data.Standardization;
import fflab.predict.Predictor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained network with what it needs to classify raw images: the standardisation it was
 * trained with and the image geometry. The unit that is saved, loaded, evaluated and explained.
 *
 * @param config the {@link FFConfig} or {@link BPConfig} it was trained with
 */
public record ImageClassifier(ModelKind kind, Object config, Predictor network, Standardization standardization,
                              int classes, int imageRows, int imageCols) {

    public int features() {
        return imageRows * imageCols;
    }

    /** Predictions for raw ([0,1]-scaled) images. */
    public Predictor.Predictions predict(ImageSet raw) {
        return predictRaw(raw.images());
    }

    /** Predictions for raw ([0,1]-scaled) image rows. */
    public Predictor.Predictions predictRaw(INDArray rawImages) {
        return network.predictAll(standardization.apply(rawImages));
    }

    public FFNetwork ffNetwork() {
        return (FFNetwork) network;
    }

    public BPNetwork bpNetwork() {
        return (BPNetwork) network;
    }
}
