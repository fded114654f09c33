package fflab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.FflabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JSON files")
class JsonTest {
    record Metrics(String model, double accuracy, List<Integer> layers, Map<String, Double> extra) {}

    static final class NoProperties {}

    @TempDir
    Path dir;

    @Test
    void recordsRoundTrip() {
        Path file = dir.resolve("metrics.json");
        Metrics metrics = new Metrics("ff-mlp", 0.9812345678901234, List.of(784, 500, 500), Map.of("loss", 0.25));
        Json.write(file, metrics);
        assertThat(Json.read(file, Metrics.class)).isEqualTo(metrics);
    }

    @Test
    void writesPrettyPrintedWithSortedMapKeysAndFinalNewline() throws IOException {
        Path file = dir.resolve("map.json");
        Json.write(file, Map.of("zeta", 1, "alpha", 2, "mid", Map.of("b", 1, "a", 2)));
        String text = Files.readString(file);
        assertThat(text).endsWith("}\n").contains("\n  \"alpha\" : 2");
        assertThat(text.indexOf("alpha")).isLessThan(text.indexOf("mid"));
        assertThat(text.indexOf("mid")).isLessThan(text.indexOf("zeta"));
        assertThat(text.indexOf("\"a\"")).isLessThan(text.indexOf("\"b\""));
    }

    @Test
    void emptyBeansAreWritten() {
        assertThat(Json.toString(new NoProperties())).isEqualTo("{ }");
    }

    @Test
    void readTreeGivesNodes() {
        Path file = dir.resolve("tree.json");
        Json.write(file, Map.of("layers", List.of(1, 2)));
        JsonNode tree = Json.readTree(file);
        assertThat(tree.get("layers").get(1).asInt()).isEqualTo(2);
    }

    @Test
    void parseErrorNamesFileAndLine() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"model\": \"ff\",\n  \"accuracy\": oops\n}\n");
        assertThatThrownBy(() -> Json.read(file, Metrics.class))
                .isInstanceOf(FflabException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> Json.readTree(file)).isInstanceOf(FflabException.class);
    }

    @Test
    void missingFileIsAUserError() {
        Path file = dir.resolve("absent.json");
        assertThatThrownBy(() -> Json.read(file, Metrics.class))
                .isInstanceOf(FflabException.class)
                .hasMessage("cannot read " + file + ": no such file or directory");
    }
}
