package fflab.experiment;

import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.spec.SpecLoader;
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
        return SweepExpansion.expand(new SpecLoader(registry).load(spec, overrides), registry, maxRuns);
    }
}
