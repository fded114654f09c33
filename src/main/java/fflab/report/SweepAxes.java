package fflab.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep axes of an experiment, found from the runs alone: for each model, the config keys
 * whose values differ between that model's runs. Seeds are replicates, not an axis; model and
 * dataset are reported on their own. Axes are found per model because FF and BP have different
 * options (theta is an FF axis only) and an option such as epochs means different things in each.
 */
public final class SweepAxes {
    static final Set<String> NOT_AXES = Set.of("model", "dataset", "seed");

    private SweepAxes() {
    }

    /** Model id to its axes, in the order the keys appear in config.json. */
    public static Map<String, List<String>> byModel(List<Run> runs) {
        Map<String, List<Run>> perModel = new LinkedHashMap<>();
        for (Run run : runs) {
            perModel.computeIfAbsent(run.model(), m -> new ArrayList<>()).add(run);
        }
        Map<String, List<String>> axes = new LinkedHashMap<>();
        perModel.forEach((model, modelRuns) -> axes.put(model, varying(modelRuns)));
        return axes;
    }

    private static List<String> varying(List<Run> runs) {
        Set<String> keys = new LinkedHashSet<>();
        runs.forEach(r -> keys.addAll(r.config().keySet()));
        List<String> axes = new ArrayList<>();
        for (String key : keys) {
            if (NOT_AXES.contains(key) || FlatConfig.isPostTraining(key)) {
                continue;
            }
            Set<String> values = new HashSet<>();
            runs.forEach(r -> values.add(r.config().getOrDefault(key, AxisValues.UNSET)));
            if (values.size() > 1) {
                axes.add(key);
            }
        }
        return axes;
    }
}
