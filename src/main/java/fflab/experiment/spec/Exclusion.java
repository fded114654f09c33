package fflab.experiment.spec;

import java.util.List;
import java.util.Map;

/**
 * One {@code exclude:} entry: a run is skipped when, for every path of the entry, the run's value
 * is one of the listed values. A path of another model (or {@code model}) never matches a run of
 * a model it does not belong to.
 *
 * @param match path (or {@code model}) to the values it matches
 */
public record Exclusion(Location location, Map<String, List<Object>> match) {
    public Exclusion {
        match = Map.copyOf(match);
    }
}
