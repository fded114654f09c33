package fflab.experiment;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run of a sweep: its id, its config, and the values of the sweep axes that picked it (for
 * summaries such as {@code theta=2.0 epochs=100}).
 */
public record PlannedRun(RunId id, RunConfig config, Map<String, Object> axisValues) {
    public PlannedRun {
        axisValues = Map.copyOf(axisValues);
    }

    /** "ff-mlp mnist seed=1 hidden=[500, 500] theta=2.0": model, dataset, seed and the axis values. */
    public String summary() {
        String axes = axisValues.entrySet().stream()
                .filter(e -> !e.getKey().equals("seed") && !e.getKey().equals("dataset"))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> shortKey(e.getKey()) + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return config.model() + " " + config.dataset() + " seed=" + config.seed() + (axes.isEmpty() ? "" : " " + axes);
    }

    /** models.ff-mlp.theta -> theta, saliency.filters -> saliency.filters, data.train_limit -> train_limit. */
    static String shortKey(String path) {
        if (path.startsWith("models.") || path.startsWith("data.")) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
        return path;
    }
}
