package fflab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("CSV files")
class CsvTest {
    @TempDir
    Path dir;

    @Test
    void quotesCommasQuotesAndNewlinesPerRfc4180() throws IOException {
        Path file = dir.resolve("t.csv");
        Csv.write(file, List.of("name", "note"), List.of(
                List.of("plain", "a,b"),
                List.of("say \"hi\"", "two\nlines")));
        assertThat(Files.readString(file)).isEqualTo(
                "name,note\n"
                + "plain,\"a,b\"\n"
                + "\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }

    @Test
    void roundTripsInColumnOrder() {
        Path file = dir.resolve("sub/rows.csv");
        Csv.write(file, List.of("z", "a", "text"), List.of(
                List.of(1, "x,y", "quote \" inside"),
                Arrays.asList(2, null, "line\r\nbreak")));
        List<Map<String, String>> rows = Csv.read(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).keySet()).containsExactly("z", "a", "text");
        assertThat(rows.get(0)).containsEntry("a", "x,y").containsEntry("text", "quote \" inside");
        assertThat(rows.get(1)).containsEntry("z", "2").containsEntry("a", "").containsEntry("text", "line\r\nbreak");
    }

    @Test
    void numbersKeepFullPrecision() {
        Path file = dir.resolve("numbers.csv");
        float f = 0.1f + 0.2f;
        double d = 0.1 + 0.2;
        Csv.write(file, List.of("f", "d", "tiny", "nan", "long"), List.of(List.of(f, d, 1e-12, Double.NaN, Long.MAX_VALUE)));
        Map<String, String> row = Csv.read(file).get(0);
        assertThat(Float.parseFloat(row.get("f"))).isEqualTo(f);
        assertThat(row.get("f")).isEqualTo(Float.toString(f));
        assertThat(Double.parseDouble(row.get("d"))).isEqualTo(d);
        assertThat(row.get("tiny")).isEqualTo("1.0E-12");
        assertThat(row.get("nan")).isEqualTo("NaN");
        assertThat(row.get("long")).isEqualTo(Long.toString(Long.MAX_VALUE));
    }

    @Test
    void rowsMustMatchTheHeader() {
        assertThatThrownBy(() -> Csv.write(dir.resolve("bad.csv"), List.of("a", "b"), List.of(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
        assertThat(dir.resolve("bad.csv")).doesNotExist();
    }
}
