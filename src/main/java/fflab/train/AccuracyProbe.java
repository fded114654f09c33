package fflab.train;

import fflab.predict.Predictor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Measures accuracy on named splits (standardised images) whenever the trainer offers a
 * checkpoint, and records it in the history.
 */
public final class AccuracyProbe implements TrainingMonitor {
    private final History history;
    private final Map<String, Split> splits = new LinkedHashMap<>();

    private record Split(INDArray images, int[] labels) {}

    public AccuracyProbe(History history) {
        this.history = history;
    }

    public AccuracyProbe watch(String name, INDArray standardisedImages, int[] labels) {
        splits.put(name, new Split(standardisedImages, labels));
        return this;
    }

    @Override
    public void evaluate(String stage, int epoch, Predictor predictor) {
        splits.forEach((name, split) -> {
            Predictor.Predictions p = predictor.predictAll(split.images());
            List<Double> layers = new ArrayList<>();
            for (int[] layer : p.perLayer()) {
                layers.add(Predictor.accuracy(layer, split.labels()));
            }
            history.add(new AccuracyPoint(stage, epoch, name, Predictor.accuracy(p.model(), split.labels()), layers));
        });
    }
}
