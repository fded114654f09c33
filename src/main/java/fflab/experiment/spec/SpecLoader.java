package fflab.experiment.spec;

import fflab.FflabException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec file, applies its chosen scale and the command-line overrides, and validates the
 * result: {@code file -> scales[scale] -> --set overrides -> schema}. Throws a
 * {@link SpecException} listing every error.
 */
public final class SpecLoader {
    private final ModelRegistry registry;

    public SpecLoader(ModelRegistry registry) {
        this.registry = registry;
    }

    public static SpecLoader standard() {
        return new SpecLoader(ModelRegistry.standard());
    }

    public ExperimentSpec load(Path file, List<String> overrides) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FflabException("cannot read spec " + file + ": " + e.getMessage(), e);
        }
        return load(file.toString(), defaultName(file), text, overrides);
    }

    /** The experiment's name when the spec has no name key: the file name without .yaml. */
    public static String defaultName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    /** @param source the spec as named in messages; @param defaultName its name when it has no name key */
    public ExperimentSpec load(String source, String defaultName, String text, List<String> overrides) {
        YamlNode root = YamlReader.read(source, text);
        SpecErrors errors = new SpecErrors();
        List<SpecOverride> changes = SpecOverride.parseAll(overrides, errors);
        if (!(root instanceof YamlNode.Mapping top)) {
            return SpecValidator.validate(root, source, defaultName, "", registry, errors);
        }
        Scale scale = Scale.choose(top, changes, errors);
        YamlNode.Mapping tree = top.without(SpecSchema.SCALE).without(SpecSchema.SCALES);
        List<SpecOverride> all = new ArrayList<>(scale.overrides());
        changes.stream().filter(o -> !o.path().equals(SpecSchema.SCALE)).forEach(all::add);
        for (SpecOverride o : all) {
            tree = o.applyTo(tree, errors);
        }
        return SpecValidator.validate(tree, source, defaultName, scale.name(), registry, errors);
    }
}
