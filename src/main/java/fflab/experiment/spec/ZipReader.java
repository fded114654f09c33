package fflab.experiment.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code zip:}, a list of groups of axis paths that vary together:
 * {@code zip: [[models.ff-mlp.epochs, models.ff-mlp.theta]]} pairs the first epochs with the
 * first theta, and so on, instead of trying every combination.
 */
final class ZipReader {
    private final Map<String, Parameter> parameters;
    private final SpecErrors errors;

    ZipReader(List<Parameter> parameters, SpecErrors errors) {
        this.parameters = SpecValidator.byPath(parameters);
        this.errors = errors;
    }

    List<List<String>> read(YamlNode.Entry entry) {
        Map<String, String> usedBy = new HashMap<>();
        return SpecValidator.readItems(entry, SpecSchema.ZIP, "groups such as "
                + "[[models.ff-mlp.epochs, models.ff-mlp.theta]]", errors, (node, path) -> group(node, path, usedBy));
    }

    private List<String> group(YamlNode node, String path, Map<String, String> usedBy) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            errors.add(node.location(), path, "expected a list of two or more axis paths, got " + node.describe());
            return null;
        }
        if (seq.items().size() < 2) {
            errors.add(node.location(), path, "a zip group needs two or more axis paths, got " + seq.items().size());
            return null;
        }
        List<String> group = new ArrayList<>();
        Parameter first = null;
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = path + "[" + i + "]";
            Parameter p = axis(item, itemPath);
            if (p == null) {
                continue;
            }
            if (usedBy.containsKey(p.path())) {
                errors.add(item.location(), itemPath, p.path() + " is already zipped in " + usedBy.get(p.path())
                        + "; an axis can be in one zip group only");
                continue;
            }
            usedBy.put(p.path(), path);
            if (first == null) {
                first = p;
            } else if (first.model() != null && p.model() != null && !first.model().equals(p.model())) {
                errors.add(item.location(), itemPath, "zips options of two models (" + first.model() + ", "
                        + p.model() + "); a run has one model, so zip each model's axes in its own group");
            } else if (p.values().size() != first.values().size()) {
                errors.add(item.location(), itemPath, p.path() + " has " + p.values().size() + " values but "
                        + first.path() + " has " + first.values().size() + "; zipped axes need the same length");
            }
            group.add(p.path());
        }
        return group.size() == seq.items().size() ? group : null;
    }

    private Parameter axis(YamlNode item, String itemPath) {
        if (!(item instanceof YamlNode.Scalar s) || !(s.value() instanceof String name)) {
            errors.add(item.location(), itemPath, "expected an axis path such as models.ff-mlp.theta, got "
                    + item.describe());
            return null;
        }
        Parameter p = parameters.get(name);
        if (p == null) {
            errors.add(item.location(), itemPath, "unknown path \"" + name + "\""
                    + Suggestions.didYouMeanPath(name, parameters.keySet()));
            return null;
        }
        if (!p.axis()) {
            errors.add(item.location(), itemPath, name + " has a single value, not a list; only sweep axes "
                    + "can be zipped");
            return null;
        }
        return p;
    }
}
