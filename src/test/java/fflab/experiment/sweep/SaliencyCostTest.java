package fflab.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.experiment.Experiments;
import fflab.experiment.PlannedRun;
import fflab.experiment.spec.ModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run's estimate of the ADS step: it grows with filters and images, and the fast FF path is cheaper. */
class SaliencyCostTest {
    @TempDir
    Path dir;

    private PlannedRun firstRun(String yaml) throws IOException {
        Path spec = dir.resolve("spec-" + Math.abs(yaml.hashCode()) + ".yaml");
        Files.writeString(spec, "name: cost\n" + yaml);
        return Experiments.plan(spec, List.of()).runs().get(0);
    }

    @Test
    void saliencyCostFollowsFiltersImagesAndThePathTheModelTakes() throws IOException {
        CostModel cost = CostModel.measured2Cores(ModelRegistry.standard());
        String ff = "models: {ff-mlp: {hidden: [500, 500]}}\n";
        PlannedRun none = firstRun(ff);
        PlannedRun small = firstRun(ff + "saliency: {filters: [3], evaluation: subset, evaluation_size: 100}\n");
        PlannedRun large = firstRun(ff + "saliency: {filters: [3, 5], evaluation: subset, evaluation_size: 200}\n");
        PlannedRun readout = firstRun("models: {ff-mlp: {hidden: [500, 500], classifier: linear}}\n"
                + "saliency: {filters: [3], evaluation: subset, evaluation_size: 100}\n");

        assertThat(cost.saliency(none).gflop()).isZero();
        assertThat(cost.saliency(small).gflop()).isPositive();
        // twice the images and two filters (the larger one dearer): more than 4 times the work
        assertThat(cost.saliency(large).gflop()).isGreaterThan(4 * cost.saliency(small).gflop());
        assertThat(cost.saliency(large).seconds()).isGreaterThan(cost.saliency(small).seconds());
        // goodness prediction takes the fast path (no first-layer product per label); a readout is
        // one naive forward pass per pair, which is cheaper still than ten labels through the deeper layer
        assertThat(cost.saliency(readout).gflop()).isLessThan(cost.saliency(small).gflop());
        // training costs do not depend on the saliency block
        assertThat(cost.estimate(small.config()).gflop()).isEqualTo(cost.estimate(none.config()).gflop());
    }
}
