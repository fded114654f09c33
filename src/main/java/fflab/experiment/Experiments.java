package fflab.experiment;

import fflab.FflabException;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Spec file to runs: load, apply scale and overrides, validate, expand. */
public final class Experiments {
    private Experiments() {}

    /** @throws fflab.experiment.spec.SpecException with every error of the spec and overrides */
    public static Sweep plan(Path spec, List<String> overrides) {
        return plan(spec, overrides, SweepExpansion.DEFAULT_MAX_RUNS);
    }

    /** As {@link #plan(Path, List)}, refusing sweeps of more than {@code maxRuns} runs. */
    public static Sweep plan(Path spec, List<String> overrides, int maxRuns) {
        ModelRegistry registry = ModelRegistry.standard();
        String text = read(spec); // read once: the text planned is the text saved with the results
        return SweepExpansion.expand(new SpecLoader(registry).load(spec.toString(), SpecLoader.defaultName(spec), text,
                overrides), registry, maxRuns).withSource(new SpecSource(spec.toAbsolutePath().normalize().toString(),
                text, overrides));
    }

    private static String read(Path spec) {
        try {
            return Files.readString(spec, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FflabException("cannot read spec " + spec + ": " + e.getMessage(), e);
        }
    }
}
