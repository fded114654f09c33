package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading run folders: finished, failed, incomplete and unreadable runs")
class RunFolderReaderTest {

    @Test
    @DisplayName("a finished run, a failed one with its reason, an incomplete one and broken metrics are told apart")
    void statuses(@TempDir Path dir) throws IOException {
        SyntheticRuns.run(dir.resolve("a-finished"), "FF_MLP", 1, 2.0, 0.9, List.of(0.8));
        Path failed = SyntheticRuns.run(dir.resolve("b-failed"), "FF_MLP", 2, 2.0, 0.9, List.of(0.8));
        Files.writeString(failed.resolve("failed.json"), "{\"error\": \"out of memory\"}");
        Path incomplete = Files.createDirectories(dir.resolve("c-incomplete"));
        Files.copy(failed.resolve("config.json"), incomplete.resolve("config.json"));
        Path broken = SyntheticRuns.run(dir.resolve("d-broken"), "BP_MLP", 1, null, 0.9, List.of());
        Files.writeString(broken.resolve("metrics.json"), "{\"test\": ");
        Files.createDirectories(dir.resolve("e-not-a-run/model"));

        Experiment e = ExperimentScanner.scan(dir);
        assertThat(e.runs()).extracting(Run::id).containsExactly("a-finished", "b-failed", "c-incomplete",
                "d-broken");
        assertThat(e.runs()).extracting(Run::status).containsExactly(RunStatus.FINISHED, RunStatus.FAILED,
                RunStatus.INCOMPLETE, RunStatus.FAILED);
        assertThat(e.runs().get(1).note()).isEqualTo("marked failed (failed.json): out of memory");
        assertThat(e.runs().get(2).note()).startsWith("no metrics.json");
        assertThat(e.runs().get(3).note()).startsWith("metrics.json unreadable");
        assertThat(e.runs().get(0).accuracyPercent()).isEqualTo(90.0);
        assertThat(e.runs().get(0).dataset()).isEqualTo("mnist");
        assertThat(e.runs().get(0).model()).isEqualTo("ff-mlp");
    }

    @Test
    @DisplayName("fields a newer writer adds to metrics.json are ignored, and nested run folders are found")
    void tolerant(@TempDir Path dir) throws IOException {
        Path run = SyntheticRuns.run(dir.resolve("sweep/ff/seed-1"), "FF_MLP", 1, 2.0, 0.9, List.of());
        String metrics = Files.readString(run.resolve("metrics.json"));
        Files.writeString(run.resolve("metrics.json"), metrics.replaceFirst("\\{", "{\"addedLater\": 1,"));
        Files.writeString(dir.resolve("spec.yaml"), "models: [ff-mlp]\n");
        Experiment e = ExperimentScanner.scan(dir);
        assertThat(e.runs()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("sweep/ff/seed-1");
            assertThat(r.finished()).isTrue();
        });
        assertThat(e.spec()).hasValue(dir.resolve("spec.yaml"));
    }
}
