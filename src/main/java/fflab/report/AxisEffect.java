package fflab.report;

import fflab.stats.Summary;
import java.util.List;

/**
 * Test accuracy against the levels of one sweep axis, for one model on one dataset with the
 * model's other axes held at one combination of values (the "slice").
 *
 * @param axis  the config key, e.g. "config.theta"
 * @param slice the other axes' values, e.g. "hiddenSizes=[500,500]"; empty when there are none
 */
public record AxisEffect(String dataset, String model, String axis, String slice, List<Level> levels) {
    public AxisEffect {
        levels = List.copyOf(levels);
    }

    /** "FF on mnist" or "FF on mnist (hiddenSizes=[500,500])". */
    public String subject() {
        String base = TrainingMethod.of(model) == TrainingMethod.OTHER ? model : TrainingMethod.of(model).label();
        return base + " on " + dataset + (slice.isEmpty() ? "" : " (" + slice + ")");
    }

    /** One level of the axis: the test accuracies (percent) of its finished runs. */
    public record Level(String value, double[] accuracies, Summary summary) {
    }
}
