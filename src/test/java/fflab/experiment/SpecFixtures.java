package fflab.experiment;

import fflab.experiment.spec.ExperimentSpec;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.spec.SpecLoader;
import java.util.List;

/** Specs written inline in tests, loaded and expanded like files. */
final class SpecFixtures {
    private SpecFixtures() {}

    static ExperimentSpec load(String yaml, String... overrides) {
        return SpecLoader.standard().load("test.yaml", "test", yaml, List.of(overrides));
    }

    static Sweep expand(String yaml, String... overrides) {
        return SweepExpansion.expand(load(yaml, overrides), ModelRegistry.standard());
    }
}
