package fflab.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The runs of one configuration: same dataset, model and sweep-axis values; its runs differ only
 * in the seed and are replicates.
 *
 * @param axes the model's sweep axes and this group's values, in axis order
 * @param runs every run of the configuration, finished or not
 */
public record RunGroup(String dataset, String model, Map<String, String> axes, List<Run> runs) {
    public RunGroup {
        axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
        runs = List.copyOf(runs);
    }

    public TrainingMethod method() {
        return TrainingMethod.of(model);
    }

    public List<Run> finished() {
        return runs.stream().filter(Run::finished).toList();
    }

    /** "theta=2.0, hiddenSizes=[200,200]", or "" when the model has no sweep axis. */
    public String configLabel() {
        return FlatConfig.label(axes);
    }

    /** "FF (theta=2.0)" or "BP": the name used in verdicts and chart legends. */
    public String name() {
        String base = method() == TrainingMethod.OTHER ? model : method().label();
        return axes.isEmpty() ? base : base + " (" + configLabel() + ")";
    }

    /** "mnist: FF (theta=2.0)". */
    public String title() {
        return dataset + ": " + name();
    }

    /** Mean over the finished runs, e.g. of test accuracy; NaN without finished runs. */
    public double mean(ToDoubleFunction<Run> value) {
        return finished().stream().mapToDouble(value).average().orElse(Double.NaN);
    }
}
