package fflab.report;

import fflab.io.Csv;
import fflab.io.Json;
import fflab.model.tribuo.TestMetrics;
import fflab.run.RunFiles;
import fflab.run.RunResult;
import fflab.train.History;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run folders with chosen numbers, in the files' real formats (written with fflab's own records
 * and writers), for tests whose expected values are computed independently from those numbers.
 */
final class SyntheticRuns {
    private SyntheticRuns() {
    }

    /** config.json and metrics.json of a finished run; FF runs get a theta, BP runs none. */
    static Path run(Path dir, String model, long seed, Double theta, double accuracy, List<Double> layerAccuracy) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("hiddenSizes", List.of(32, 32));
        if (theta != null) {
            options.put("theta", theta);
        }
        return runWith(dir, model, seed, options, accuracy, layerAccuracy);
    }

    /** As above with the given model options (config.json's "config" object). */
    static Path runWith(Path dir, String model, long seed, Map<String, Object> options, double accuracy,
            List<Double> layerAccuracy) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("model", model);
        config.put("dataset", "MNIST");
        config.put("config", options);
        config.put("seed", seed);
        config.put("validationSize", 500);
        Json.write(dir.resolve(RunFiles.CONFIG), config);
        List<List<Long>> confusion = List.of(List.of(8L, 2L), List.of(1L, 9L));
        TestMetrics test = new TestMetrics("test", 20, accuracy, 0.8, 0.8, 0.8, 0.2, Map.of(), confusion,
                layerAccuracy);
        Json.write(dir.resolve(RunFiles.METRICS), new RunResult(test, test, 10.0, 1.0));
        return dir;
    }

    /** Replaces a run's metrics.json with these test numbers and confusion matrix. */
    static void metrics(Path dir, double accuracy, double macroF1, List<List<Long>> confusion) {
        int n = confusion.stream().mapToInt(r -> (int) r.stream().mapToLong(Long::longValue).sum()).sum();
        TestMetrics test = new TestMetrics("test", n, accuracy, macroF1, macroF1, macroF1, 1 - macroF1, Map.of(),
                confusion, List.of());
        Json.write(dir.resolve(RunFiles.METRICS), new RunResult(test, test, 10.0, 1.0));
    }

    /**
     * predictions.csv of two runs on the same images: {@code onlyA} images only run A gets right,
     * {@code onlyB} only B, {@code both} both, {@code neither} none.
     */
    static void predictions(Path a, Path b, int onlyA, int onlyB, int both, int neither) {
        List<List<?>> rowsA = new ArrayList<>();
        List<List<?>> rowsB = new ArrayList<>();
        int n = onlyA + onlyB + both + neither;
        for (int i = 0; i < n; i++) {
            int label = i % 10;
            boolean rightA = i < onlyA || (i >= onlyA + onlyB && i < onlyA + onlyB + both);
            boolean rightB = (i >= onlyA && i < onlyA + onlyB + both);
            rowsA.add(List.of(i, label, rightA ? label : (label + 1) % 10, rightA ? 1 : 0));
            rowsB.add(List.of(i, label, rightB ? label : (label + 1) % 10, rightB ? 1 : 0));
        }
        List<String> header = List.of("index", "label", "predicted", "correct");
        Csv.write(a.resolve(RunFiles.PREDICTIONS), header, rowsA);
        Csv.write(b.resolve(RunFiles.PREDICTIONS), header, rowsB);
    }

    /** accuracy.csv with validation curves (fractions) per epoch 1..n: the model's and each layer's. */
    static void accuracy(Path run, double[] model, double[]... layers) {
        List<String> header = new ArrayList<>(List.of("stage", "epoch", "split", "model"));
        for (int k = 1; k <= layers.length; k++) {
            header.add("layer_" + k);
        }
        List<List<?>> rows = new ArrayList<>();
        for (int e = 0; e < model.length; e++) {
            List<Object> row = new ArrayList<>(List.of("all", e + 1, "validation", model[e]));
            for (double[] layer : layers) {
                row.add(layer[e]);
            }
            rows.add(row);
        }
        Csv.write(run.resolve(History.ACCURACY_FILE), header, rows);
    }

    /**
     * done.json as a sweep writes it, with the fields the report reads: {@code finishedAt} and,
     * when given, {@code stepSeconds} (step name to seconds) and {@code wallSeconds}.
     */
    static void done(Path run, String finishedAt, Map<String, Double> stepSeconds, Double wallSeconds) {
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("id", run.getFileName().toString());
        done.put("finishedAt", finishedAt);
        if (wallSeconds != null) {
            done.put("wallSeconds", wallSeconds);
        }
        if (stepSeconds != null) {
            done.put("stepSeconds", stepSeconds);
        }
        Json.write(run.resolve(RunFiles.DONE), done);
    }
}
