package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.io.Csv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results/reference/accuracy/summary.csv and README's accuracy table come from the run summaries. */
class AccuracySummaryTest {
    private static final Path REFERENCE = Path.of("results/reference/accuracy");

    @Test
    @DisplayName("summary.csv is what the run summaries give (regenerate: make accuracy-summary)")
    void committedCsvIsGenerated(@TempDir Path tmp) throws IOException {
        List<AccuracySummary.Row> rows = AccuracySummary.read(REFERENCE);
        AccuracySummary.writeCsv(rows, tmp.resolve("summary.csv"));
        assertThat(Files.readString(REFERENCE.resolve(AccuracySummary.CSV)))
                .isEqualTo(Files.readString(tmp.resolve("summary.csv")));
        assertThat(Csv.read(tmp.resolve("summary.csv")).get(0).keySet()).containsExactlyElementsOf(AccuracySummary.HEADER);
    }

    @Test
    @DisplayName("README's accuracy table is the generated one (regenerate: make accuracy-summary)")
    void readmeTableIsGenerated() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = AccuracySummary.markdown(AccuracySummary.read(REFERENCE));
        assertThat(AccuracySummary.spliced(readme, table, Path.of("README.md"))).isEqualTo(readme);
    }

    @Test
    @DisplayName("folders NAME-seedN pool into one row: n seeds, their mean and standard deviation")
    void seedsPool(@TempDir Path tmp) throws IOException {
        for (String seed : List.of("1", "2")) {
            Path run = Files.createDirectories(tmp.resolve("bp-seed" + seed));
            Files.copy(REFERENCE.resolve("bp-mnist/config.json"), run.resolve("config.json"));
            Files.copy(REFERENCE.resolve("bp-mnist/metrics.json"), run.resolve("metrics.json"));
        }
        List<Map<String, String>> one = Csv.read(writeFor(REFERENCE, tmp.resolve("one.csv")));
        Map<String, String> reference = one.stream().filter(r -> r.get("name").equals("bp-mnist")).findFirst().orElseThrow();
        AccuracySummary.Row pooled = AccuracySummary.read(tmp).get(0);
        assertThat(pooled.name()).isEqualTo("bp");
        assertThat(pooled.seeds()).isEqualTo(2);
        assertThat(pooled.sd()).isZero();
        assertThat(pooled.prediction()).isEqualTo("softmax");
        assertThat(String.format(java.util.Locale.ROOT, "%.4f", pooled.mean()))
                .isEqualTo(reference.get("test_accuracy_mean"));
    }

    private static Path writeFor(Path dir, Path csv) {
        AccuracySummary.writeCsv(AccuracySummary.read(dir), csv);
        return csv;
    }
}
