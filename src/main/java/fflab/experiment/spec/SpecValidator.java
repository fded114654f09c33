package fflab.experiment.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks a spec's YAML tree against the schema and turns it into an {@link ExperimentSpec}.
 * Every error is collected, none stops the check, so the user sees all of them at once.
 */
final class SpecValidator {
    private final ModelRegistry registry;
    private final SpecErrors errors;
    private final List<Parameter> parameters = new ArrayList<>();

    private SpecValidator(ModelRegistry registry, SpecErrors errors) {
        this.registry = registry;
        this.errors = errors;
    }

    /**
     * @param root the spec with its scale applied and {@code scale}/{@code scales} removed
     * @param defaultName the experiment name when the spec has none (the file name without .yaml)
     * @param errors errors found before (in overrides), reported together with the spec's own
     */
    static ExperimentSpec validate(YamlNode root, String source, String defaultName, String scale,
                                   ModelRegistry registry, SpecErrors errors) {
        // Field errors are not thrown here: the expansion adds the checks that span fields (conflicts,
        // run counts, memory) for every model whose options all read, and reports everything at once.
        return new SpecValidator(registry, errors).check(root, source, defaultName, scale);
    }

    private ExperimentSpec check(YamlNode root, String source, String defaultName, String scale) {
        if (!(root instanceof YamlNode.Mapping top)) {
            Location at = root == null ? new Location(source, 1, 1) : root.location();
            errors.add(at, "", "a spec is a map of keys such as name, dataset, models; got "
                    + (root == null ? "an empty file" : root.describe()));
            errors.throwIfAny();
            return null;
        }
        unknownKeys(top, "", SpecSchema.TOP_LEVEL_KEYS);
        String name = (String) singleValue(top, SpecSchema.NAME, ValueType.name(), defaultName);
        if (top.get(SpecSchema.NAME) == null && !ValueType.name().accepts(defaultName)) {
            errors.add(top.location(), SpecSchema.NAME, "missing, and the file name \"" + defaultName
                    + "\" is not " + ValueType.name().describe() + " (it names the results folder): add name: ...");
        }
        String description = (String) singleValue(top, SpecSchema.DESCRIPTION, ValueType.text(), "");

        parameter(SpecSchema.DATASET, SpecSchema.DATASET_OPTION, top.get(SpecSchema.DATASET), top.location());
        parameter(SpecSchema.SEED, SpecSchema.SEED_OPTION, top.get(SpecSchema.SEED), top.location());
        group(top, SpecSchema.DATA, SpecSchema.DATA_OPTIONS);
        boolean saliency = top.entries().containsKey(SpecSchema.SALIENCY);
        if (saliency) {
            group(top, SpecSchema.SALIENCY, SpecSchema.SALIENCY_OPTIONS);
        }
        List<String> models = models(top);

        List<List<String>> zips = new ZipReader(parameters, errors).read(top.entries().get(SpecSchema.ZIP));
        repeatedValues(zips);
        List<Exclusion> excludes = new ExclusionReader(parameters, models, errors)
                .read(top.entries().get(SpecSchema.EXCLUDE));
        return new ExperimentSpec(name, description, source, parameters, models, zips, excludes, saliency, scale,
                errors);
    }

    private List<String> models(YamlNode.Mapping top) {
        YamlNode.Entry entry = top.entries().get(SpecSchema.MODELS);
        String allowed = String.join(", ", registry.ids());
        if (entry == null) {
            errors.add(top.location(), SpecSchema.MODELS, "missing: name the models to train, one or more of "
                    + allowed);
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Mapping models) || models.entries().isEmpty()) {
            errors.add(entry.value().location(), SpecSchema.MODELS, "expected a map from model (" + allowed
                    + ") to its options, got " + entry.value().describe());
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (YamlNode.Entry m : models.entries().values()) {
            ModelFamily family = registry.get(m.key());
            if (family == null) {
                errors.add(m.keyLocation(), SpecSchema.MODELS + "." + m.key(), unknownKeyMessage(m.key(),
                        registry.ids(), "model"));
                continue;
            }
            ids.add(m.key());
            groupValue(SpecSchema.MODELS + "." + m.key(), m, family.options());
        }
        return ids;
    }

    /** A block of options such as {@code data:}; absent or empty means all defaults. */
    private void group(YamlNode.Mapping top, String key, OptionGroup options) {
        YamlNode.Entry entry = top.entries().get(key);
        if (entry == null) {
            defaults(key, options, top.location());
        } else {
            groupValue(key, entry, options);
        }
    }

    private void groupValue(String path, YamlNode.Entry entry, OptionGroup options) {
        YamlNode value = entry.value();
        if (value instanceof YamlNode.Scalar s && s.value() == null) {
            defaults(path, options, entry.keyLocation()); // "bp-mlp:" with nothing after it
            return;
        }
        if (!(value instanceof YamlNode.Mapping block)) {
            errors.add(value.location(), path, "expected a map of options (" + String.join(", ", options.keys())
                    + "), got " + value.describe());
            return;
        }
        unknownKeys(block, path + ".", options.keys());
        for (Option o : options.options()) {
            parameter(path + "." + o.key(), o, block.get(o.key()), entry.keyLocation());
        }
    }

    private void defaults(String path, OptionGroup options, Location at) {
        for (Option o : options.options()) {
            parameters.add(Parameter.single(path + "." + o.key(), o.type(), o.defaultValue(), at));
        }
    }

    /** One option: absent (its default), one value, or a list of values (a sweep axis). */
    private void parameter(String path, Option option, YamlNode node, Location blockLocation) {
        if (node == null) {
            parameters.add(Parameter.single(path, option.type(), option.defaultValue(), blockLocation));
            return;
        }
        List<YamlNode> axis = axisItems(path, option.type(), node);
        if (axis != null && !option.axis()) {
            errors.add(node.location(), path, "expected one value (" + option.type().describe() + "): "
                    + option.key() + " cannot be a sweep axis");
            return;
        }
        if (axis == null) {
            Object value = option.type().read(node, path, errors);
            if (value != null) {
                parameters.add(Parameter.single(path, option.type(), value, node.location()));
            }
            return;
        }
        List<Object> values = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            YamlNode item = axis.get(i);
            Object value = option.type().read(item, path + "[" + i + "]", errors);
            if (value != null && values.contains(value)) {
                repeats.add(new Repeat(path, i, item.location(), item.describe()));
            }
            values.add(value);
            locations.add(item.location());
        }
        if (!values.contains(null)) {
            parameters.add(new Parameter(path, option.type(), values, locations, true));
        }
    }

    /** A value a sweep axis lists twice: an error unless the axis is zipped (then its tuples must differ). */
    private record Repeat(String path, int index, Location location, String value) {}

    private final List<Repeat> repeats = new ArrayList<>();

    /**
     * Reports the values an axis repeats; in a zip group the axes vary together, so one axis may
     * repeat a value (an ablation changes one part at a time) but no two entries of the group may
     * be the same combination.
     */
    private void repeatedValues(List<List<String>> zips) {
        Set<String> zipped = new HashSet<>();
        zips.forEach(zipped::addAll);
        for (Repeat r : repeats) {
            if (!zipped.contains(r.path())) {
                errors.add(r.location(), r.path() + "[" + r.index() + "]", "the value " + r.value()
                        + " is already in this list; each value of a sweep axis must be different");
            }
        }
        Map<String, Parameter> byPath = byPath(parameters);
        for (List<String> group : zips) {
            Parameter first = byPath.get(group.get(0));
            Map<List<Object>, Integer> seen = new HashMap<>();
            for (int i = 0; first != null && i < first.values().size(); i++) {
                List<Object> tuple = new ArrayList<>();
                for (String path : group) {
                    Parameter p = byPath.get(path);
                    tuple.add(p != null && i < p.values().size() ? p.values().get(i) : null);
                }
                Integer before = seen.putIfAbsent(tuple, i);
                if (before != null) {
                    errors.add(first.locations().get(i), first.path() + "[" + i + "]", "entry " + i + " of the zipped "
                            + "axes " + group + " is the same combination as entry " + before
                            + "; each combination must be different");
                }
            }
        }
    }

    /** The items of a sweep axis, or null when {@code node} is a single value of the option's type. */
    private List<YamlNode> axisItems(String path, ValueType type, YamlNode node) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            return null;
        }
        if (seq.items().isEmpty()) {
            errors.add(node.location(), path, "an empty list gives no runs; write a value or a list of values");
            return List.of();
        }
        if (!type.listValued()) {
            return seq.items();
        }
        boolean anyList = seq.items().stream().anyMatch(i -> i instanceof YamlNode.Sequence);
        if (anyList && !seq.ofSequences()) {
            errors.add(node.location(), path, "mixes lists and single values; write one list such as [500, 500], "
                    + "or a list of lists such as [[500], [500, 500]] to sweep over several");
            return List.of();
        }
        return anyList ? seq.items() : null;
    }

    /** name, description: one value, never an axis. */
    private Object singleValue(YamlNode.Mapping top, String key, ValueType type, Object fallback) {
        YamlNode node = top.get(key);
        if (node == null) {
            return fallback;
        }
        Object value = type.read(node, key, errors);
        return value == null ? fallback : value;
    }

    private void unknownKeys(YamlNode.Mapping block, String prefix, Iterable<String> allowed) {
        Set<String> keys = new LinkedHashSet<>();
        allowed.forEach(keys::add);
        for (YamlNode.Entry e : block.entries().values()) {
            if (!keys.contains(e.key())) {
                errors.add(e.keyLocation(), prefix + e.key(), unknownKeyMessage(e.key(), keys, "key"));
            }
        }
    }

    static String unknownKeyMessage(String key, Set<String> allowed, String what) {
        return "unknown " + what + Suggestions.didYouMean(key, allowed) + " (allowed: " + String.join(", ", allowed)
                + ")";
    }

    /** Parameters by path, in spec order, for zip and exclude. */
    static Map<String, Parameter> byPath(List<Parameter> parameters) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        parameters.forEach(p -> map.put(p.path(), p));
        return map;
    }

    /**
     * The items of the list under {@code key} (none when absent), each read by {@code item} at path
     * {@code key[i]}; the items it refuses (null, their errors added) are left out. Anything but a
     * list is one error that shows {@code example}, for zip and exclude.
     */
    static <T> List<T> readItems(YamlNode.Entry entry, String key, String example, SpecErrors errors,
                                 BiFunction<YamlNode, String, T> item) {
        if (entry == null) {
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Sequence list)) {
            errors.add(entry.value().location(), key, "expected a list of " + example + ", got "
                    + entry.value().describe());
            return List.of();
        }
        List<T> read = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            T t = item.apply(list.items().get(i), key + "[" + i + "]");
            if (t != null) {
                read.add(t);
            }
        }
        return read;
    }
}
