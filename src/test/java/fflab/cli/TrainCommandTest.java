package fflab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.io.Json;
import fflab.run.RunFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @Test
    @DisplayName("fflab train writes a complete run folder and prints the test accuracy")
    void writesRunFolder(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("train", "--model", "bp-mlp", "--train-limit", "2000", "--epochs", "1",
                "--hidden", "64", "--out", dir.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("bp-mlp on mnist (seed 1): test accuracy");
        for (String f : new String[] {RunFiles.CONFIG, RunFiles.METRICS, RunFiles.PREDICTIONS, RunFiles.PROVENANCE,
                "history.csv", "accuracy.csv", "model/model.json", "model/layer1.weights.npy"}) {
            assertThat(dir.resolve(f)).exists();
        }
        var metrics = Json.readTree(dir.resolve(RunFiles.METRICS));
        assertThat(metrics.path("test").path("accuracy").asDouble()).isGreaterThan(0.8);
        var provenance = Json.readTree(dir.resolve(RunFiles.PROVENANCE));
        assertThat(provenance.path("environment").path("nd4jVersion").asText()).isEqualTo("1.0.0-M2.1");
        assertThat(provenance.path("data").path("sha256").size()).isEqualTo(4);
        assertThat(provenance.path("seed").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("an unknown model is refused with the allowed values")
    void unknownModel() {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("train", "--model", "svm");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("unknown model 'svm'").contains("ff-mlp, bp-mlp");
    }
}
