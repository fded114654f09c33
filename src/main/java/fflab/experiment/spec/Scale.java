package fflab.experiment.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code scale} switch: a spec lists named blocks of overrides under {@code scales:} (for
 * example {@code cpu} and {@code paper}) and picks one with {@code scale:}, which
 * {@code --set scale=paper} changes. Each block maps dotted paths to values.
 */
record Scale(String name, List<SpecOverride> overrides) {
    static final Scale NONE = new Scale("", List.of());

    static Scale choose(YamlNode.Mapping top, List<SpecOverride> changes, SpecErrors errors) {
        YamlNode.Entry scalesEntry = top.entries().get(SpecSchema.SCALES);
        YamlNode chosenNode = top.get(SpecSchema.SCALE);
        for (SpecOverride o : changes) {
            if (o.path().equals(SpecSchema.SCALE)) {
                chosenNode = o.value();
            }
        }
        if (scalesEntry == null) {
            if (chosenNode != null) {
                errors.add(chosenNode.location(), SpecSchema.SCALE, "the spec defines no scales: add a scales: "
                        + "block, or remove scale");
            }
            return NONE;
        }
        if (!(scalesEntry.value() instanceof YamlNode.Mapping scales) || scales.entries().isEmpty()) {
            errors.add(scalesEntry.value().location(), SpecSchema.SCALES, "expected a map from scale name to a map of "
                    + "path: value overrides, got " + scalesEntry.value().describe());
            return NONE;
        }
        if (chosenNode == null) {
            errors.add(scalesEntry.keyLocation(), SpecSchema.SCALE, "missing: choose one of the scales ("
                    + String.join(", ", scales.entries().keySet()) + ") with scale:");
            return NONE;
        }
        Object chosen = ValueType.choice(List.copyOf(scales.entries().keySet()))
                .read(chosenNode, SpecSchema.SCALE, errors);
        if (chosen == null) {
            return NONE;
        }
        YamlNode.Entry block = scales.entries().get((String) chosen);
        String path = SpecSchema.SCALES + "." + chosen;
        if (!(block.value() instanceof YamlNode.Mapping overrides)) {
            errors.add(block.value().location(), path, "expected a map of path: value overrides, such as "
                    + "models.ff-mlp.epochs: 60, got " + block.value().describe());
            return NONE;
        }
        List<SpecOverride> list = new ArrayList<>();
        overrides.entries().values().forEach(e -> list.add(new SpecOverride(e.key(), e.keyLocation(), e.value())));
        return new Scale((String) chosen, list);
    }
}
