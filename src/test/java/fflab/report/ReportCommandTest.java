package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("fflab report on the command line")
class ReportCommandTest {

    private static int run(StringWriter out, String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        return cl.execute(args);
    }

    @Test
    @DisplayName("writes the HTML file given by --out with Benjamini-Hochberg and prints where it went")
    void writes(@TempDir Path dir) throws Exception {
        Path exp = ReportFixture.copy(dir.resolve("exp"), "ff-theta2-1", "ff-theta2-2", "bp-1", "bp-2");
        Path out = dir.resolve("reports/exp/index.html");
        StringWriter text = new StringWriter();
        int code = run(text, "report", exp.toString(), "--out", out.toString(), "--correction", "bh", "--alpha",
                "0.01", "--bootstrap", "500");
        assertThat(code).as(text.toString()).isZero();
        assertThat(text.toString()).contains("report of 4 runs (4 finished) written to " + out);
        var doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.select("#ff-vs-bp thead th").eachText()).contains("p (Benjamini-Hochberg)");
        assertThat(doc.select("table.facts").text()).contains("bootstrap 500 resamples", "alpha = 0.01");
    }

    @Test
    @DisplayName("an unknown correction, a bad alpha and a folder without runs are refused with a clear message")
    void refuses(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        assertThat(run(text, "report", dir.toString(), "--correction", "bonferroni")).isNotZero();
        assertThat(text.toString()).contains("expected holm or bh, got 'bonferroni'");

        text = new StringWriter();
        assertThat(run(text, "report", dir.toString(), "--alpha", "5")).isNotZero();
        assertThat(text.toString()).contains("--alpha must be between 0 and 1");

        Files.createDirectories(dir.resolve("empty/sub"));
        text = new StringWriter();
        assertThat(run(text, "report", dir.resolve("empty").toString())).isEqualTo(2);
        assertThat(text.toString()).contains("no run folders under");

        text = new StringWriter();
        assertThat(run(text, "report", dir.resolve("absent").toString())).isEqualTo(2);
        assertThat(text.toString()).contains("does not exist or is not a folder");
    }
}
