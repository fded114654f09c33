package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import fflab.data.ImageSet;
import fflab.data.Standardization;
import fflab.nn.Dense;
import fflab.predict.Predictor;
import fflab.testing.SmallModels;
import fflab.train.History;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hinton's linear readout of an FF-MLP, and its untrained control, on 10,000 MNIST images. */
@DisplayName("FF-MLP classifier: linear (Hinton's readout)")
class LinearReadoutTest {
    private static final ImageSet TEST = SmallModels.mnistSplit().test().head(2_000);
    private static FFNetwork trained;
    private static History trainedHistory;

    static FFConfig readout(int epochs) {
        return HintonRecipeTest.recipe().toBuilder().set(FFConfig::classifier, Classifier.LINEAR)
                .set(FFConfig::readoutEpochs, 3).set(FFConfig::epochs, epochs).build();
    }

    static FFNetwork train(FFConfig config, History history) {
        ImageSet train = SmallModels.mnistSplit().train();
        return new FFTrainer(config, SmallModels.SEED).train(Standardization.MNIST.apply(train.images()),
                train.labels(), ImageSet.CLASSES, history);
    }

    static double accuracy(FFNetwork net) {
        return Predictor.accuracy(net.predictAll(Standardization.MNIST.apply(TEST.images())).model(), TEST.labels());
    }

    @BeforeAll
    static void trainOnce() {
        trainedHistory = new History();
        trained = train(readout(3), trainedHistory);
    }

    @Test
    @DisplayName("3 FF epochs then 3 readout epochs beat 85 % test accuracy; the readout reads layers 2.. only")
    void learns() {
        assertThat(trained.readout()).isNotNull();
        assertThat(trained.readoutFeatureCount()).isEqualTo(500); // skip_first_layer: layer 2's 500 units
        assertThat(trainedHistory.epochs()).extracting(e -> e.stage()).contains("all", "readout");
        assertThat(accuracy(trained)).isGreaterThan(0.85);
    }

    @Test
    @DisplayName("control, 0 FF epochs: the layers keep their initial weights, only the readout trains")
    void untrainedControl() {
        History history = new History();
        FFNetwork control = train(readout(0), history);
        assertThat(history.epochs()).extracting(e -> e.stage()).containsOnly("readout");
        SplittableRandom rng = new SplittableRandom(SmallModels.SEED);
        int in = control.inputSize();
        for (Dense layer : control.layers()) {
            Dense drawn = Dense.init(in, layer.outputSize(), rng.nextLong(), layer.parameters().dataType());
            assertThat(layer.parameters()).isEqualTo(drawn.parameters());
            in = layer.outputSize();
        }
        assertThat(accuracy(control)).isGreaterThan(0.5);
    }

    @Test
    @DisplayName("saved and loaded, the readout model gives identical predictions and probabilities")
    void roundTrip(@TempDir Path dir) {
        ImageClassifier model = new ImageClassifier(ModelKind.FF_MLP, readout(3), trained, Standardization.MNIST,
                ImageSet.CLASSES, 28, 28);
        ModelStore.save(model, dir);
        assertThat(dir.resolve("readout.weights.npy")).exists();
        ImageClassifier loaded = ModelStore.load(dir);
        assertThat(loaded.ffNetwork().readout()).isNotNull();
        assertThat(loaded.predict(TEST).model()).containsExactly(model.predict(TEST).model());
        assertThat(loaded.predict(TEST).scores()).containsExactly(model.predict(TEST).scores());
    }

    @Test
    @DisplayName("0 epochs without the linear classifier, or the linear classifier without readout epochs, are refused")
    void refusesWhatCannotPredict() {
        assertThatThrownBy(() -> HintonRecipeTest.recipe().toBuilder().set(FFConfig::epochs, 0).build())
                .isInstanceOf(FflabException.class).hasMessageContaining("epochs").hasMessageContaining("linear");
        assertThatThrownBy(() -> readout(3).toBuilder().set(FFConfig::readoutEpochs, 0).build())
                .isInstanceOf(FflabException.class).hasMessageContaining("readout-epochs");
    }
}
