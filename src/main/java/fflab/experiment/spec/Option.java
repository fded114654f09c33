package fflab.experiment.spec;

/**
 * One option a spec can set, with its type and the value it takes when the spec leaves it out.
 *
 * @param defaultValue normalised like {@link ValueType#read} returns it (Long, Double, ...)
 * @param axis whether a spec may give a list of values to sweep over
 */
public record Option(String key, ValueType type, Object defaultValue, String help, boolean axis) {
    /** An option that can be a sweep axis. */
    public Option(String key, ValueType type, Object defaultValue, String help) {
        this(key, type, defaultValue, help, true);
    }
}
