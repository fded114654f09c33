package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.data.ImageSet;
import fflab.data.Standardization;
import fflab.nn.Dense;
import fflab.testing.SmallModels;
import fflab.train.TrainingMonitor;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Same seed, backend and thread count: identical weights and predictions. */
@DisplayName("Determinism: same seed, same weights and predictions")
class DeterminismTest {
    private static final ImageSet TRAIN = SmallModels.mnistSplit().train().head(2_000);
    private static final INDArray X = Standardization.MNIST.apply(TRAIN.images());

    @Test
    @DisplayName("two FF trainings with the same seed give bit-identical weights; another seed does not")
    void ffIsDeterministic() {
        FFConfig config = SmallModels.quickFF().toBuilder().set(FFConfig::epochs, 1)
                .set(FFConfig::negatives, NegativeMode.SHUFFLED).build();
        List<Dense> a = new FFTrainer(config, 7).train(X, TRAIN.labels(), 10, TrainingMonitor.NONE).layers();
        List<Dense> b = new FFTrainer(config, 7).train(X, TRAIN.labels(), 10, TrainingMonitor.NONE).layers();
        List<Dense> c = new FFTrainer(config, 8).train(X, TRAIN.labels(), 10, TrainingMonitor.NONE).layers();
        assertIdentical(a, b);
        assertThat(a.get(0).weights().dup().data().asFloat()).isNotEqualTo(c.get(0).weights().dup().data().asFloat());
    }

    @Test
    @DisplayName("two full-batch sequential FF trainings with the same seed give bit-identical weights")
    void sequentialFullBatchIsDeterministic() {
        FFConfig config = FFConfig.reference().toBuilder().set(FFConfig::epochs, 2)
                .set(FFConfig::hiddenSizes, List.of(64, 32)).set(FFConfig::evalEvery, 0).build();
        assertIdentical(new FFTrainer(config, 3).train(X, TRAIN.labels(), 10, TrainingMonitor.NONE).layers(),
                new FFTrainer(config, 3).train(X, TRAIN.labels(), 10, TrainingMonitor.NONE).layers());
    }

    @Test
    @DisplayName("two BP trainings with the same seed give bit-identical weights")
    void bpIsDeterministic() {
        BPConfig config = BPConfig.reference().toBuilder().set(BPConfig::epochs, 1).build();
        assertIdentical(new BPTrainer(config, 5).train(X, TRAIN.labels(), 10, TrainingMonitor.NONE).layers(),
                new BPTrainer(config, 5).train(X, TRAIN.labels(), 10, TrainingMonitor.NONE).layers());
    }

    private static void assertIdentical(List<Dense> a, List<Dense> b) {
        assertThat(a).hasSameSizeAs(b);
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.get(k).weights().dup().data().asFloat()).as("layer %d weights", k)
                    .containsExactly(b.get(k).weights().dup().data().asFloat());
            assertThat(a.get(k).bias().dup().data().asFloat()).as("layer %d bias", k)
                    .containsExactly(b.get(k).bias().dup().data().asFloat());
        }
    }
}
