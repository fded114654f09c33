package fflab.model;

import fflab.nn.Dense;
import fflab.predict.Predictor;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** A trained back-propagation MLP: ReLU hidden layers and a softmax output layer (the last of {@code layers}). */
public final class BPNetwork implements Predictor {
    private final List<Dense> layers;

    public BPNetwork(List<Dense> layers) {
        this.layers = List.copyOf(layers);
    }

    public List<Dense> layers() {
        return layers;
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int classes() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** Class probabilities, one row per standardised image. */
    public INDArray probabilities(INDArray images) {
        INDArray a = images;
        for (int k = 0; k < layers.size() - 1; k++) {
            a = Transforms.relu(layers.get(k).preActivation(a), false);
        }
        return Transforms.softmax(layers.get(layers.size() - 1).preActivation(a), false);
    }

    @Override
    public Predictions predictAll(INDArray images) {
        INDArray p = probabilities(images);
        return Predictions.ofProbabilities(p);
    }
}
