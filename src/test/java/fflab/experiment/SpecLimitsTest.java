package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.experiment.spec.MemoryEstimate;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.spec.SpecError;
import fflab.experiment.spec.SpecException;
import fflab.experiment.spec.SpecLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of issue 19's "inputs that cannot slip through" that a malformed file cannot show alone. */
class SpecLimitsTest {
    private static final String ELEVEN_HUNDRED_RUNS = """
            seed: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
            models:
              bp-mlp: {epochs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], learning_rate: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]}
            """;

    @Test
    void aLargeSweepRunsWhenTheLimitIsRaised() {
        assertThatThrownBy(() -> SpecFixtures.expand(ELEVEN_HUNDRED_RUNS)).isInstanceOf(SpecException.class)
                .hasMessageContaining("1100 runs, more than the limit of 1000").hasMessageContaining("--max-runs 1100");
        Sweep sweep = SweepExpansion.expand(SpecFixtures.load(ELEVEN_HUNDRED_RUNS), ModelRegistry.standard(), 1100);
        assertThat(sweep.runs()).hasSize(1100);
    }

    @Test
    void aRunLargerThanThisMachineIsAWarningNotAnError() {
        // 2 x 150,000 units: about 338 GiB of weights and Adam moments, less than the 2 TiB error limit
        Sweep sweep = SpecFixtures.expand("models: {bp-mlp: {hidden: [150000, 150000]}}");
        assertThat(sweep.runs()).hasSize(1);
        if (MemoryEstimate.physicalBytes() < 330.0 * (1L << 30)) {
            assertThat(sweep.warnings()).singleElement().extracting(SpecError::toString).asString()
                    .startsWith("test.yaml:1:27 models.bp-mlp: needs at least ")
                    .contains("GiB of memory").endsWith("of this machine");
        }
        assertThat(SpecFixtures.expand("models: {bp-mlp: }").warnings()).isEmpty();
    }

    @Test
    void aFileNameThatCannotNameTheResultsFolderNeedsAName() {
        assertThatThrownBy(() -> SweepExpansion.expand(SpecLoader.standard().load("my spec.yaml", "my spec",
                "models: {bp-mlp: }", List.of()), ModelRegistry.standard()))
                .isInstanceOf(SpecException.class)
                .hasMessage("my spec.yaml:1:1 name: missing, and the file name \"my spec\" is not a name of letters, "
                        + "digits, '.', '_' or '-' (it names the results folder): add name: ...");
        assertThat(SweepExpansion.expand(SpecLoader.standard().load("my spec.yaml", "my spec",
                "name: mine\nmodels: {bp-mlp: }", List.of()), ModelRegistry.standard()).spec().name())
                .isEqualTo("mine");
    }

    @Test
    void everyShippedSpecIsValidWithoutWarnings() {
        for (String spec : List.of("paper-mnist", "paper-fashion", "ff-cnn", "best-ff", "ci-regression", "training-dynamics")) {
            Sweep sweep = Experiments.plan(java.nio.file.Path.of("experiments", spec + ".yaml"), List.of());
            assertThat(sweep.runs()).as(spec).isNotEmpty();
            assertThat(sweep.warnings()).as(spec).isEmpty();
        }
    }
}
