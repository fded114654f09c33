package fflab.experiment.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code exclude:}, a list of maps from path to a value or a list of values, for example
 * {@code - {dataset: fashion-mnist, models.ff-mlp.theta: [5, 10]}}; the key {@code model} matches
 * the run's model. Values are checked like the option they name.
 */
final class ExclusionReader {
    private final Map<String, Parameter> parameters;
    private final List<String> models;
    private final SpecErrors errors;

    ExclusionReader(List<Parameter> parameters, List<String> models, SpecErrors errors) {
        this.parameters = SpecValidator.byPath(parameters);
        this.models = models;
        this.errors = errors;
    }

    List<Exclusion> read(YamlNode.Entry entry) {
        return SpecValidator.readItems(entry, SpecSchema.EXCLUDE,
                "maps such as [{dataset: fashion-mnist, models.ff-mlp.theta: 5}]", errors, this::exclusion);
    }

    private Exclusion exclusion(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Mapping map) || map.entries().isEmpty()) {
            errors.add(node.location(), path, "expected a map from path to value(s), got " + node.describe());
            return null;
        }
        Map<String, List<Object>> match = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode.Entry e : map.entries().values()) {
            List<Object> values = values(e, path + "." + e.key());
            ok &= values != null;
            match.put(e.key(), values);
        }
        return ok ? new Exclusion(node.location(), match) : null;
    }

    private List<Object> values(YamlNode.Entry e, String path) {
        ValueType type;
        if (e.key().equals(SpecSchema.MODEL)) {
            type = ValueType.choice(models);
        } else if (parameters.containsKey(e.key())) {
            type = parameters.get(e.key()).type();
        } else {
            List<String> known = new ArrayList<>(parameters.keySet());
            known.add(SpecSchema.MODEL);
            errors.add(e.keyLocation(), path, "unknown path"
                    + Suggestions.didYouMeanPath(e.key(), known)
                    + " (paths are written in full, e.g. models.ff-mlp.theta, data.train_limit, seed)");
            return null;
        }
        boolean anyOf = e.value() instanceof YamlNode.Sequence seq
                && (!type.listValued() || seq.ofSequences());
        List<YamlNode> items = anyOf ? ((YamlNode.Sequence) e.value()).items() : List.of(e.value());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object v = type.read(items.get(i), anyOf ? path + "[" + i + "]" : path, errors);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        return values;
    }
}
