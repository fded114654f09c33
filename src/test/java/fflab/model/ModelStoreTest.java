package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fflab.FflabException;
import fflab.data.ImageSet;
import fflab.io.Json;
import fflab.predict.Predictor;
import fflab.testing.SmallModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Saving and loading models (JSON + npy)")
class ModelStoreTest {
    private static final ImageSet TEST = SmallModels.mnistSplit().test().head(2_000);

    @Test
    @DisplayName("an FF model saved and loaded gives identical predictions and scores")
    void ffRoundTrip(@TempDir Path dir) {
        roundTrip(SmallModels.ff().classifier(), dir);
    }

    @Test
    @DisplayName("a BP model saved and loaded gives identical predictions and scores")
    void bpRoundTrip(@TempDir Path dir) {
        roundTrip(SmallModels.bp().classifier(), dir);
    }

    private static void roundTrip(ImageClassifier model, Path dir) {
        ModelStore.save(model, dir);
        ImageClassifier loaded = ModelStore.load(dir);
        assertThat(loaded.kind()).isEqualTo(model.kind());
        assertThat(loaded.config()).isEqualTo(model.config());
        assertThat(loaded.standardization()).isEqualTo(model.standardization());
        Predictor.Predictions before = model.predict(TEST);
        Predictor.Predictions after = loaded.predict(TEST);
        assertThat(after.model()).containsExactly(before.model());
        assertThat(after.scores()).containsExactly(before.scores());
    }

    @Test
    @DisplayName("weights are plain NumPy files described by model.json")
    void weightsAreNumpyFiles(@TempDir Path dir) throws IOException {
        ModelStore.save(SmallModels.ff().classifier(), dir);
        assertThat(dir.resolve("layer1.weights.npy")).exists();
        byte[] head = Arrays.copyOf(Files.readAllBytes(dir.resolve("layer1.weights.npy")), 6);
        assertThat(head).containsExactly((byte) 0x93, 'N', 'U', 'M', 'P', 'Y');
        var json = Json.readTree(dir.resolve(ModelStore.DESCRIPTOR));
        assertThat(json.path("layers").get(0).path("shape").toString()).isEqualTo("[784,500]");
        assertThat(json.path("ff").path("goodness").asText()).isEqualTo("mean");
    }

    @Test
    @DisplayName("a missing model.json is a clear error")
    void missingDescriptor(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(FflabException.class)
                .hasMessageContaining("not an fflab model").hasMessageContaining("model.json is missing");
    }

    @Test
    @DisplayName("another format version is refused with both versions named")
    void otherVersion(@TempDir Path dir) {
        ModelStore.save(SmallModels.bp().classifier(), dir);
        ObjectNode json = (ObjectNode) Json.readTree(dir.resolve(ModelStore.DESCRIPTOR));
        json.put("formatVersion", 99);
        Json.write(dir.resolve(ModelStore.DESCRIPTOR), json);
        assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(FflabException.class)
                .hasMessageContaining("formatVersion 99").hasMessageContaining("reads version 1");
    }

    @Test
    @DisplayName("a truncated weight file is a clear error naming the file")
    void truncatedWeights(@TempDir Path dir) throws IOException {
        ModelStore.save(SmallModels.bp().classifier(), dir);
        Path w = dir.resolve("layer2.weights.npy");
        byte[] bytes = Files.readAllBytes(w);
        Files.write(w, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(FflabException.class)
                .hasMessageContaining("layer2.weights.npy");
    }

    @Test
    @DisplayName("a weight file of the wrong shape is a clear error")
    void wrongShape(@TempDir Path dir) throws IOException {
        ModelStore.save(SmallModels.bp().classifier(), dir);
        Files.copy(dir.resolve("layer1.weights.npy"), dir.resolve("layer2.weights.npy"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(FflabException.class)
                .hasMessageContaining("layer 2 weights have shape [784, 500], expected [500, width]");
    }

    @Test
    @DisplayName("a missing weight file is a clear error naming it")
    void missingWeights(@TempDir Path dir) throws IOException {
        ModelStore.save(SmallModels.bp().classifier(), dir);
        Files.delete(dir.resolve("layer1.bias.npy"));
        assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(FflabException.class)
                .hasMessageContaining("model file missing").hasMessageContaining("layer1.bias.npy");
    }

    @Test
    @DisplayName("a corrupt model.json is a clear error naming the file")
    void corruptDescriptor(@TempDir Path dir) throws IOException {
        ModelStore.save(SmallModels.bp().classifier(), dir);
        Files.writeString(dir.resolve(ModelStore.DESCRIPTOR), "{ \"format\": ");
        assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(FflabException.class)
                .hasMessageContaining("model.json");
    }
}
