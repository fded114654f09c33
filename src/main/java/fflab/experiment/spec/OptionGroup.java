package fflab.experiment.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options of one block of a spec (a model's options, {@code data:}, {@code saliency:}), in order. */
public final class OptionGroup {
    private final Map<String, Option> options = new LinkedHashMap<>();

    public OptionGroup(List<Option> options) {
        for (Option o : options) {
            this.options.put(o.key(), o);
        }
    }

    public Option get(String key) {
        return options.get(key);
    }

    public Set<String> keys() {
        return options.keySet();
    }

    public Iterable<Option> options() {
        return options.values();
    }

    /** Every option's default, in order. */
    public Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        options.values().forEach(o -> d.put(o.key(), o.defaultValue()));
        return d;
    }
}
