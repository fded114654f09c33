package fflab.report;

import fflab.io.Csv;
import fflab.train.History;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a run's history files into curves. Sequential FF trains layer after layer, each stage
 * counting epochs from 1, so epochs are made cumulative over the stages in file order: the x of a
 * curve is then the total epochs trained so far.
 */
public final class TrainingHistory {
    public static final String MODEL = "model";
    public static final String SPLIT = "validation";

    private TrainingHistory() {
    }

    /**
     * From accuracy.csv: "model" and "layer k" accuracy (in percent) on one split (validation if
     * there, else the first split in the file). Empty when the file is missing.
     */
    public static List<Curve> accuracy(Path runDir) {
        Path file = runDir.resolve(History.ACCURACY_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Map<String, String>> rows = Csv.read(file);
        String split = rows.stream().map(r -> r.get("split")).filter(SPLIT::equals).findFirst()
                .orElse(rows.isEmpty() ? SPLIT : rows.get(0).get("split"));
        Map<String, Points> curves = new LinkedHashMap<>();
        Epochs epochs = new Epochs();
        for (Map<String, String> row : rows) {
            if (!split.equals(row.get("split"))) {
                continue;
            }
            int x = epochs.cumulative(row.get("stage"), row.get("epoch"));
            row.forEach((column, value) -> {
                if (column.equals(MODEL) || column.startsWith("layer_")) {
                    String name = column.equals(MODEL) ? MODEL : "layer " + column.substring("layer_".length());
                    curves.computeIfAbsent(name, n -> new Points()).add(x, 100 * number(value));
                }
            });
        }
        return toCurves(curves);
    }

    /** From history.csv: the training loss of each layer ("layer 0" is a BP network as a whole). */
    public static List<Curve> loss(Path runDir) {
        Path file = runDir.resolve(History.EPOCHS_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Map<String, Points> curves = new LinkedHashMap<>();
        Epochs epochs = new Epochs();
        for (Map<String, String> row : Csv.read(file)) {
            int x = epochs.cumulative(row.get("stage"), row.get("epoch"));
            String layer = row.get("layer");
            String name = "0".equals(layer) ? "network" : "layer " + layer;
            curves.computeIfAbsent(name, n -> new Points()).add(x, number(row.get("loss")));
        }
        return toCurves(curves);
    }

    private static List<Curve> toCurves(Map<String, Points> curves) {
        List<Curve> out = new ArrayList<>();
        curves.forEach((name, points) -> out.add(points.curve(name)));
        return out;
    }

    static double number(String cell) {
        if (cell == null || cell.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Turns (stage, epoch within stage) into epochs since the start of training. */
    private static final class Epochs {
        private final Map<String, Integer> offsets = new LinkedHashMap<>();
        private int maxSeen;

        int cumulative(String stage, String epochText) {
            int epoch = (int) number(epochText);
            // a new stage starts where training so far ended
            int offset = offsets.computeIfAbsent(stage, s -> maxSeen);
            maxSeen = Math.max(maxSeen, offset + epoch);
            return offset + epoch;
        }
    }

    /** Points of one curve; a repeated epoch keeps its last value. */
    private static final class Points {
        private final Map<Integer, Double> byEpoch = new TreeMap<>();

        void add(int x, double y) {
            byEpoch.put(x, y);
        }

        Curve curve(String name) {
            return new Curve(name, byEpoch.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    byEpoch.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
