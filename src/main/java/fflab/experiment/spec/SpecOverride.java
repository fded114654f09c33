package fflab.experiment.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A change to a spec's tree: {@code --set models.ff-mlp.theta=3} on the command line, or one entry
 * of the chosen block under {@code scales:}. The value is YAML, so {@code --set seed=[1,2,3]} makes
 * an axis.
 *
 * @param path dotted path, e.g. {@code data.train_limit}
 * @param keyLocation blamed for errors about the path itself
 */
public record SpecOverride(String path, Location keyLocation, YamlNode value) {

    /** Parses the {@code index}-th (from 1) {@code --set key.path=value}. */
    public static SpecOverride parse(String text, int index) {
        String source = "--set[" + index + "]";
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw SpecException.of(Location.of(source), "", "expected key.path=value, e.g. "
                    + "models.ff-mlp.epochs=5, got \"" + text + "\"");
        }
        YamlNode value = YamlReader.read(source, text.substring(eq + 1));
        if (value == null) {
            value = new YamlNode.Scalar(new Location(source, 1, 1), null);
        }
        return new SpecOverride(text.substring(0, eq).trim(), Location.of(source), value);
    }

    /** Parses every override; the malformed ones become errors, so that all are reported together. */
    public static List<SpecOverride> parseAll(List<String> texts, SpecErrors errors) {
        List<SpecOverride> parsed = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                parsed.add(parse(texts.get(i), i + 1));
            } catch (SpecException e) {
                e.errors().forEach(err -> errors.add(err.location(), err.path(), err.message()));
            }
        }
        return parsed;
    }

    /**
     * The tree with this change made. Missing blocks on the way are created, except a model the spec
     * does not train: an override changes options, it does not add runs of a new model.
     */
    public YamlNode.Mapping applyTo(YamlNode.Mapping root, SpecErrors errors) {
        String[] keys = path.split("\\.", -1);
        for (String k : keys) {
            if (k.isBlank()) {
                errors.add(keyLocation, path, "a path is keys joined by dots, such as models.ff-mlp.theta");
                return root;
            }
        }
        return set(root, keys, 0, errors);
    }

    private YamlNode.Mapping set(YamlNode.Mapping map, String[] keys, int depth, SpecErrors errors) {
        String key = keys[depth];
        if (depth == keys.length - 1) {
            return map.with(new YamlNode.Entry(key, keyLocation, value));
        }
        YamlNode.Entry existing = map.entries().get(key);
        String prefix = String.join(".", Arrays.copyOf(keys, depth + 1));
        YamlNode.Mapping child;
        if (existing == null) {
            if (prefix.startsWith(SpecSchema.MODELS + ".")) {
                errors.add(keyLocation, prefix, "the spec does not train " + key + "; add it under models: in "
                        + "the spec to change its options");
                return map;
            }
            child = new YamlNode.Mapping(keyLocation, Map.of());
        } else if (existing.value() instanceof YamlNode.Mapping m) {
            child = m;
        } else if (existing.value() instanceof YamlNode.Scalar s && s.value() == null) {
            child = new YamlNode.Mapping(existing.value().location(), Map.of());
        } else {
            errors.add(keyLocation, path, prefix + " is " + existing.value().describe() + ", not a map of options");
            return map;
        }
        return map.with(new YamlNode.Entry(key, existing == null ? keyLocation : existing.keyLocation(),
                set(child, keys, depth + 1, errors)));
    }
}
