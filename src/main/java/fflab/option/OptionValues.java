package fflab.option;

import java.util.List;
import java.util.Map;

/** Complete, normalised option values of one run, read by type (for a family's cross-option checks). */
public record OptionValues(Map<String, Object> map) {
    public long integer(String name) {
        return (Long) map.get(name);
    }

    public double number(String name) {
        return (Double) map.get(name);
    }

    public boolean bool(String name) {
        return (Boolean) map.get(name);
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name) {
        return Values.enumValue(type, map.get(name));
    }

    @SuppressWarnings("unchecked")
    public List<Integer> ints(String name) {
        return (List<Integer>) Values.toJava(map.get(name), List.class);
    }

    /** The value as a spec writes it, for messages. */
    public Object text(String name) {
        return map.get(name);
    }
}
