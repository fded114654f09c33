package fflab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One run of a sweep: its id, its training config, the values of the sweep axes that picked it
 * (for summaries such as {@code theta=2.0 epochs=100}), and the saliency outputs to compute on
 * its trained model (several when saliency options are swept: one trained model serves them all).
 */
public record PlannedRun(RunId id, RunConfig config, Map<String, Object> axisValues,
                         List<SaliencyRequest> saliency) {
    public PlannedRun {
        axisValues = Map.copyOf(axisValues);
        saliency = List.copyOf(saliency);
    }

    public PlannedRun(RunId id, RunConfig config, Map<String, Object> axisValues) {
        this(id, config, axisValues, List.of());
    }

    /** This run with one more saliency request, unless one with its key is there already. */
    public PlannedRun with(SaliencyRequest request) {
        if (saliency.stream().anyMatch(r -> r.key().equals(request.key()))) {
            return this;
        }
        List<SaliencyRequest> all = new ArrayList<>(saliency);
        all.add(request);
        return new PlannedRun(id, config, axisValues, all);
    }

    /** The ids this run had before issue 19 (one per saliency request), for adopting old folders. */
    public List<RunId> legacyIds() {
        return saliency.stream().map(r -> RunId.legacyOf(config.withSaliency(r.options()))).distinct()
                .filter(legacy -> !legacy.equals(id)).toList();
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

    /** models.ff-mlp.theta -> theta, data.train_limit -> train_limit. */
    static String shortKey(String path) {
        if (path.startsWith("models.") || path.startsWith("data.")) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
        return path;
    }
}
