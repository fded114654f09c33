package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.data.ImageSet;
import fflab.testing.SmallModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Models saved by fflab before the families were declared (format version 1, commit 955bafc:
 * tiny networks trained on 300 MNIST images) still load and predict what they predicted then.
 */
class SavedModelFormatTest {
    private static final Path SAVED = Path.of("src/test/resources/fflab/model/saved-v1");

    @ParameterizedTest
    @ValueSource(strings = {"ff-mlp", "bp-mlp", "ff-cnn", "bp-cnn"})
    @DisplayName("a saved model of format version 1 loads and predicts as when it was saved")
    void loadsAndPredictsAsBefore(String kind) throws IOException {
        ImageClassifier model = ModelStore.load(SAVED.resolve(kind));
        assertThat(model.kind().id()).isEqualTo(kind);
        List<String> rows = Files.readAllLines(SAVED.resolve(kind).resolve("predictions-head.csv"));
        ImageSet images = SmallModels.mnistSplit().test().head(rows.size() - 1);
        int[] predicted = model.predict(images).model();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(predicted[i - 1]).as("%s image %d", kind, i - 1)
                    .isEqualTo(Integer.parseInt(rows.get(i).split(",")[2]));
        }
    }
}
