package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.io.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Flattened configs, axis value order and sweep-axis detection")
class ConfigAndAxesTest {

    @Test
    @DisplayName("config.json flattens to dotted paths; lists stay one value")
    void flatten() throws Exception {
        JsonNode node = Json.mapper().readTree("""
                {"model": "FF_MLP", "config": {"hiddenSizes": [200, 200], "theta": 2.0, "nested": {"a": null}},
                 "seed": 3}""");
        assertThat(FlatConfig.flatten(node)).containsExactly(Map.entry("model", "FF_MLP"),
                Map.entry("config.hiddenSizes", "[200,200]"), Map.entry("config.theta", "2.0"),
                Map.entry("config.nested.a", "null"), Map.entry("seed", "3"));
        assertThat(FlatConfig.shortName("config.theta")).isEqualTo("theta");
        assertThat(FlatConfig.shortName("trainLimit")).isEqualTo("trainLimit");
    }

    @Test
    @DisplayName("axis values sort numerically, lists element by element, text alphabetically")
    void order() {
        assertThat(List.of("10", "2.5", "[1000]", "[200,200]", "b", "a", "5").stream().sorted(AxisValues.ORDER))
                .containsExactly("2.5", "5", "10", "[200,200]", "[1000]", "a", "b");
        assertThat(AxisValues.number("2.0")).hasValue(2.0);
        assertThat(AxisValues.number("[3]")).isEmpty();
        assertThat(AxisValues.number("SIMULTANEOUS")).isEmpty();
    }

    @Test
    @DisplayName("axes are found per model: theta varies for FF; seed, model and dataset are never axes")
    void axesPerModel(@TempDir Path dir) {
        SyntheticRuns.run(dir.resolve("f1"), "FF_MLP", 1, 2.0, 0.9, List.of());
        SyntheticRuns.run(dir.resolve("f2"), "FF_MLP", 2, 5.0, 0.9, List.of());
        SyntheticRuns.run(dir.resolve("b1"), "BP_MLP", 1, null, 0.9, List.of());
        SyntheticRuns.run(dir.resolve("b2"), "BP_MLP", 2, null, 0.9, List.of());
        ExperimentResults r = ExperimentResults.load(dir);
        assertThat(r.axesByModel()).containsExactly(Map.entry("bp-mlp", List.of()),
                Map.entry("ff-mlp", List.of("config.theta")));
        assertThat(r.groups()).extracting(RunGroup::title)
                .containsExactly("mnist: FF (theta=2.0)", "mnist: FF (theta=5.0)", "mnist: BP");
    }

    @Test
    @DisplayName("FF pairs with BP only on the axes both vary; a one-model axis does not restrict pairing")
    void pairingOnSharedAxes(@TempDir Path dir) {
        // hidden sizes swept for both models, theta only for FF
        int i = 0;
        for (List<Integer> hidden : List.of(List.of(32), List.of(64))) {
            for (double theta : new double[] {2, 5}) {
                write(dir.resolve("ff" + i++), "FF_MLP", hidden, theta);
            }
            write(dir.resolve("bp" + i++), "BP_MLP", hidden, null);
        }
        FfBpPairing.Result pairing = FfBpPairing.find(ExperimentResults.load(dir));
        assertThat(pairing.comparisons()).extracting(Comparison::title).containsExactly(
                "mnist: FF (hiddenSizes=[32], theta=2.0) vs BP (hiddenSizes=[32])",
                "mnist: FF (hiddenSizes=[32], theta=5.0) vs BP (hiddenSizes=[32])",
                "mnist: FF (hiddenSizes=[64], theta=2.0) vs BP (hiddenSizes=[64])",
                "mnist: FF (hiddenSizes=[64], theta=5.0) vs BP (hiddenSizes=[64])");
        assertThat(pairing.comparisons()).allSatisfy(c -> {
            assertThat(c.sharedAxes()).containsExactly("config.hiddenSizes");
            assertThat(c.pairs()).extracting(Comparison.RunPair::seed).containsExactly("1");
        });
    }

    private static void write(Path dir, String model, List<Integer> hidden, Double theta) {
        Map<String, Object> options = new LinkedHashMap<>(Map.of("hiddenSizes", hidden));
        if (theta != null) {
            options.put("theta", theta);
        }
        SyntheticRuns.runWith(dir, model, 1, options, 0.5, List.of());
    }
}
