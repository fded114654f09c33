package fflab.experiment.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written, so that every error can point at its line and
 * column (Jackson's tree model drops locations). Maps keep their key order.
 */
public sealed interface YamlNode {
    Location location();

    /** What the value is, for "got ..." in messages: a quoted string, a number, "a list", "a map". */
    String describe();

    /** A scalar: String, Long, Double, Boolean, or null. */
    record Scalar(Location location, Object value) implements YamlNode {
        @Override
        public String describe() {
            if (value == null) {
                return "nothing (null)";
            }
            return value instanceof String s ? "\"" + s + "\"" : value.toString();
        }
    }

    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }

        /** True when every item is itself a list: a sweep axis of list values. */
        public boolean ofSequences() {
            return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Sequence);
        }
    }

    /** A key of a map and the place the key was written. */
    record Entry(String key, Location keyLocation, YamlNode value) {}

    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a map";
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        /** A copy with {@code key} set to {@code value}, keeping the order of the other keys. */
        public Mapping with(Entry entry) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.put(entry.key(), entry);
            return new Mapping(location, copy);
        }

        public Mapping without(String key) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.remove(key);
            return new Mapping(location, copy);
        }
    }
}
