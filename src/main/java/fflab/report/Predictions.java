package fflab.report;

import fflab.io.Csv;
import fflab.run.RunFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which test images a run got right, from its predictions.csv: what McNemar's test pairs.
 *
 * @param labels  true label per image, in file order (to check two runs saw the same images)
 * @param correct whether the model's prediction was right, per image
 */
public record Predictions(int[] labels, boolean[] correct) {

    /** Empty when the run has no readable predictions.csv. */
    public static Optional<Predictions> read(Path runDir) {
        Path file = runDir.resolve(RunFiles.PREDICTIONS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<Map<String, String>> rows = Csv.read(file);
            int[] labels = new int[rows.size()];
            boolean[] correct = new boolean[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                labels[i] = Integer.parseInt(row.get("label").strip());
                correct[i] = row.get("label").strip().equals(row.get("predicted").strip());
            }
            return Optional.of(new Predictions(labels, correct));
        } catch (RuntimeException e) { // unreadable or without the label/predicted columns
            return Optional.empty();
        }
    }

    public boolean sameImagesAs(Predictions other) {
        return Arrays.equals(labels, other.labels);
    }
}
