package fflab.run;

import fflab.io.Csv;
import fflab.model.tribuo.ModelEvaluator;
import fflab.predict.Predictor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-image test predictions, one row per image: index, true label, predicted label, each FF
 * layer's own prediction and the score of every label. Paired statistical tests read this file.
 */
public final class PredictionsFile {
    private PredictionsFile() {}

    public static void write(Path file, ModelEvaluator.Result result) {
        Predictor.Predictions p = result.predictions();
        int[] truth = result.truth();
        int n = truth.length;
        int classes = p.scores().length / Math.max(1, n);
        List<String> header = new ArrayList<>(List.of("index", "label", "predicted", "correct"));
        for (int k = 1; k <= p.perLayer().length; k++) {
            header.add("layer_" + k);
        }
        for (int c = 0; c < classes; c++) {
            header.add("score_" + c);
        }
        List<List<?>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Object> row = new ArrayList<>(header.size());
            row.add(i);
            row.add(truth[i]);
            row.add(p.model()[i]);
            row.add(p.model()[i] == truth[i] ? 1 : 0);
            for (int[] layer : p.perLayer()) {
                row.add(layer[i]);
            }
            for (int c = 0; c < classes; c++) {
                row.add((float) p.scores()[i * classes + c]);
            }
            rows.add(row);
        }
        Csv.write(file, header, rows);
    }
}
