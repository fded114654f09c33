package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report of the fixture's small real sweep (FF theta 2 and 5, BP; 3 seeds), parsed with jsoup. */
@DisplayName("HTML report of a small real sweep")
class HtmlReportTest {
    static final String PNG_PREFIX = "data:image/png;base64,";
    static RenderedReport report;

    @BeforeAll
    static void render() {
        Path experiment = ReportFixture.experiment();
        report = RenderedReport.of(experiment, ReportFixture.ROOT.resolve("reports/tiny-sweep/index.html"),
                ReportOptions.defaults());
        Allure.addAttachment("report (open in a browser)", "text/html", report.html(), ".html");
        Allure.addAttachment("generation", "text/plain", String.format("%.2f s, %d bytes", report.seconds(),
                report.html().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    @DisplayName("has the header facts and every section, in order, linked from the table of contents")
    void structure() {
        assertThat(report.doc().title()).isEqualTo("fflab report: tiny-sweep");
        assertThat(report.doc().select("section").eachAttr("id")).containsExactly("missing", "summary", "ff-vs-bp",
                "axes", "dynamics", "layer-dynamics", "loss", "confusion", "saliency", "runs");
        assertThat(report.doc().select("nav a").eachAttr("href")).containsExactly("#missing", "#summary",
                "#ff-vs-bp", "#axes", "#dynamics", "#layer-dynamics", "#loss", "#confusion", "#saliency", "#runs");
        String facts = report.doc().select("table.facts").text();
        assertThat(facts).contains("8 (8 finished, 0 failed, 0 incomplete)", "CpuBackend", "ND4J 1.0.0-M2.1",
                "cores", "total compute time").containsPattern("git commit [0-9a-f]{40}");
    }

    @Test
    @DisplayName("summary table: one row per configuration with both intervals; best values starred")
    void summaryTable() {
        Element table = report.doc().selectFirst("#summary table");
        Allure.addAttachment("summary table", "text/html", table.outerHtml(), ".html");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).extracting(r -> r.child(1).text() + " " + r.child(2).text() + " " + r.child(3).text())
                .containsExactly("ff-mlp theta=2.0 3 of 3", "ff-mlp theta=5.0 2 of 2", "bp-mlp (no sweep axis) 3 of 3");
        for (Element row : rows) {
            assertThat(row.child(6).text()).as("t interval").matches("\\[\\d+\\.\\d\\d, \\d+\\.\\d\\d\\]");
            assertThat(row.child(7).text()).as("bootstrap interval").matches("\\[\\d+\\.\\d\\d, \\d+\\.\\d\\d\\]");
        }
        // exactly one best accuracy, macro F1 and time on the single dataset
        assertThat(table.select("td.best")).hasSize(3);
        assertThat(rows.get(2).child(4).hasClass("best")).as("BP has the best accuracy").isTrue();
    }

    @Test
    @DisplayName("FF vs BP table: paired t, Wilcoxon and per-seed McNemar with raw and Holm-adjusted p")
    void comparisonTable() {
        Element table = report.doc().selectFirst("#ff-vs-bp table");
        assertThat(table.select("thead th").eachText()).contains("raw p", "p (Holm)", "verdict", "effect size");
        List<String> tests = table.select("tbody tr").stream().map(r -> r.child(2).text()).toList();
        // theta 2: 3 paired seeds, theta 5: 2
        assertThat(tests).hasSize(2 + 3 + 2 + 2);
        assertThat(tests.stream().filter(t -> t.startsWith("McNemar"))).hasSize(5);
        assertThat(table.select("tbody tr").stream().map(r -> r.child(8).text()))
                .allMatch(v -> v.startsWith("FF (theta=") && v.endsWith("."));
    }

    @Test
    @DisplayName("every picture is an inline PNG that decodes, and there is one per chart")
    void imagesDecode() throws IOException {
        List<Element> images = report.doc().select("img");
        // 1 axis chart, 3 learning curves, 3 loss charts, 3 confusion matrices
        assertThat(images).hasSize(10);
        for (Element img : images) {
            assertThat(img.attr("src")).startsWith(PNG_PREFIX);
            assertThat(img.attr("alt")).isNotBlank();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(img.attr("src").substring(PNG_PREFIX.length()))));
            assertThat(decoded).as(img.attr("alt")).isNotNull();
            assertThat(decoded.getWidth()).isGreaterThan(100);
        }
    }

    @Test
    @DisplayName("needs no network: no script, no external URL, and a policy that blocks loading anything")
    void selfContained() {
        assertThat(report.doc().select("script, link, iframe, object, embed, base")).isEmpty();
        assertThat(report.doc().select("[src]").eachAttr("src")).allMatch(s -> s.startsWith("data:"));
        for (String href : report.doc().select("[href]").eachAttr("href")) {
            URI uri = URI.create(href);
            assertThat(uri.getScheme()).as(href).isNull();
            assertThat(href).doesNotStartWith("//");
        }
        assertThat(report.doc().select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(report.doc().selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    }

    @Test
    @DisplayName("each run is listed with a relative link that leads to its folder")
    void runLinks() {
        List<Element> links = report.doc().select("#runs tbody a");
        assertThat(links).hasSize(8);
        Path dir = report.file().getParent();
        for (Element a : links) {
            Path target = dir.resolve(URLDecoder.decode(a.attr("href"), StandardCharsets.UTF_8)).normalize();
            assertThat(target.getFileName().toString()).isEqualTo(a.text());
            assertThat(Files.isRegularFile(target.resolve("metrics.json"))).as(a.attr("href")).isTrue();
        }
    }

    @Test
    @DisplayName("training dynamics: lag per layer and layer-1 correlations across runs and over training")
    void dynamics() {
        Element lags = report.doc().select("#dynamics table").get(0);
        assertThat(lags.select("tbody tr").stream().map(r -> r.child(1).text()))
                .contains("model", "layer 1", "layer 2");
        Element correlations = report.doc().select("#dynamics table").get(1);
        assertThat(correlations.text()).contains("mnist: FF runs, final test accuracy", "5 runs",
                "Pearson correlation", "Spearman correlation", "over training");
    }
}
