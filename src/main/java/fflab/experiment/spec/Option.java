package fflab.experiment.spec;

/**
 * One option a spec can set, with its type and the value it takes when the spec leaves it out.
 *
 * @param defaultValue normalised like {@link ValueType#read} returns it (Long, Double, ...)
 */
public record Option(String key, ValueType type, Object defaultValue, String help) {}
