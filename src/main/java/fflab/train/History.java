package fflab.train;

import fflab.io.Csv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training history of one run: per layer and epoch, loss and mean goodness; at intervals,
 * accuracy of the model and of each layer alone on the monitored splits. Written as two CSV files.
 */
public final class History implements TrainingMonitor {
    public static final String EPOCHS_FILE = "history.csv";
    public static final String ACCURACY_FILE = "accuracy.csv";

    private final List<LayerEpoch> epochs = new ArrayList<>();
    private final List<AccuracyPoint> accuracy = new ArrayList<>();

    @Override
    public synchronized void epochFinished(LayerEpoch epoch) {
        epochs.add(epoch);
    }

    public synchronized void add(AccuracyPoint point) {
        accuracy.add(point);
    }

    public synchronized List<LayerEpoch> epochs() {
        return List.copyOf(epochs);
    }

    public synchronized List<AccuracyPoint> accuracy() {
        return List.copyOf(accuracy);
    }

    /**
     * A monitor that rewrites the CSV files at every accuracy checkpoint, so that a long run's
     * curves can be followed (and survive a crash); put it after the monitors that add to this history.
     */
    public TrainingMonitor writingTo(Path runDir) {
        return new TrainingMonitor() {
            @Override
            public void evaluate(String stage, int epoch, fflab.predict.Predictor predictor) {
                write(runDir);
            }
        };
    }

    public synchronized void write(Path runDir) {
        // goodness columns only for models that have goodness (FF); an FF-CNN's readout rows leave them empty
        boolean goodness = epochs.stream().anyMatch(LayerEpoch::hasGoodness);
        List<List<?>> rows = new ArrayList<>();
        for (LayerEpoch e : epochs) {
            List<Object> row = new ArrayList<>(List.of(e.stage(), e.epoch(), e.layer(), e.loss()));
            if (goodness) {
                row.add(e.hasGoodness() ? e.positiveGoodness() : "");
                row.add(e.hasGoodness() ? e.negativeGoodness() : "");
            }
            row.add(e.seconds());
            rows.add(row);
        }
        Csv.write(runDir.resolve(EPOCHS_FILE), goodness
                ? List.of("stage", "epoch", "layer", "loss", "g_pos", "g_neg", "seconds")
                : List.of("stage", "epoch", "layer", "loss", "seconds"), rows);

        int layers = accuracy.stream().mapToInt(p -> p.layers().size()).max().orElse(0);
        List<String> header = new ArrayList<>(List.of("stage", "epoch", "split", "model"));
        for (int k = 1; k <= layers; k++) {
            header.add("layer_" + k);
        }
        List<List<?>> accRows = new ArrayList<>();
        for (AccuracyPoint p : accuracy) {
            List<Object> row = new ArrayList<>(List.of(p.stage(), p.epoch(), p.split(), p.model()));
            for (int k = 0; k < layers; k++) {
                row.add(k < p.layers().size() ? p.layers().get(k) : "");
            }
            accRows.add(row);
        }
        Csv.write(runDir.resolve(ACCURACY_FILE), header, accRows);
    }
}
