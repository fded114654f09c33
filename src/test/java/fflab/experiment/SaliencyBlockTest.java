package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.experiment.spec.SpecException;
import fflab.experiment.sweep.SaliencyBlock;
import fflab.saliency.BaselineKind;
import fflab.saliency.EvaluationSet;
import fflab.saliency.SaliencyOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SaliencyBlockTest {

    @Test
    @DisplayName("a spec's saliency block becomes the ADS engine's options, the rest keeping the engine's defaults")
    void blockBecomesEngineOptions() {
        PlannedRun run = SpecFixtures.expand("models: {bp-mlp: }\nseed: 7\nsaliency: {filters: [3, 5], "
                + "baseline: dataset-mean, evaluation: subset, evaluation_size: 200, per_class: false}").runs().get(0);
        SaliencyOptions o = SaliencyBlock.options(run.saliency().get(0).options(), run.config().seed());
        assertThat(o.filterSizes()).containsExactly(3, 5);
        assertThat(o.baseline()).isEqualTo(BaselineKind.DATASET_MEAN);
        assertThat(o.evaluation()).isEqualTo(EvaluationSet.subset(200));
        assertThat(o.perClass()).isFalse();
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.stride()).isEqualTo(1);
        assertThat(o.correction()).isEqualTo(SaliencyOptions.defaults().correction());
    }

    @Test
    @DisplayName("an unknown baseline in a spec is refused with the engine's allowed values")
    void unknownBaseline() {
        assertThatThrownBy(() -> SpecFixtures.expand("models: {bp-mlp: }\nsaliency: {baseline: grey}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("saliency.baseline")
                .hasMessageContaining("raw-zero").hasMessageContaining("standardised-zero")
                .hasMessageContaining("dataset-mean");
    }
}
