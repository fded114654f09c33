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
        assertThat(report.doc().select("section").eachAttr("id")).containsExactly("warnings", "missing", "summary", "ff-vs-bp", "vs-first",
                "axes", "dynamics", "layer-dynamics", "loss", "confusion", "saliency", "runs");
        assertThat(report.doc().select("nav a").eachAttr("href")).containsExactly("#warnings", "#missing", "#summary",
                "#ff-vs-bp", "#vs-first", "#axes", "#dynamics", "#layer-dynamics", "#loss", "#confusion", "#saliency", "#runs");
        String facts = report.doc().select("table.facts").text();
        assertThat(facts).contains("8 (8 finished, 0 failed, 0 incomplete)", "CpuBackend", "ND4J 1.0.0-M2.1",
                "cores", "total compute time").containsPattern("git commit [0-9a-f]{40}");
    }

    @Test
    @DisplayName("the warnings box lists exactly the runs that did not get clear of chance level")
    void warningsMatchTheRuns() {
        List<String> warnings = report.doc().select("#warnings li").eachText();
        for (Run run : ExperimentResults.load(ReportFixture.experiment()).replicates()) {
            double chance = ModelChecks.chance(run.result().test().confusion());
            boolean atChance = run.result().test().accuracy() < chance + ModelChecks.CHANCE_MARGIN * (1 - chance);
            assertThat(warnings.stream().anyMatch(w -> w.startsWith("run " + run.id() + " (") && w.contains(
                    "chance level"))).as(run.id() + " at %.4f", run.result().test().accuracy()).isEqualTo(atChance);
        }
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
            assertThat(row.child(7).text()).as("no bootstrap interval below 10 runs").matches("not computed \\(n = [23]\\)");
        }
        // exactly one best accuracy, macro F1 and time on the single dataset
        assertThat(table.select("td.best")).hasSize(3);
        assertThat(rows.get(2).child(4).hasClass("best")).as("BP has the best accuracy").isTrue();
    }

    @Test
    @DisplayName("FF vs BP: a method-level table across seeds and a model-level McNemar table, each with n and floor")
    void comparisonTables() {
        List<Element> tables = report.doc().select("#ff-vs-bp table");
        assertThat(tables).hasSize(2);
        Element methods = tables.get(0);
        assertThat(methods.select("thead th").eachText()).contains("n", "needs n \u2265", "smallest p", "raw p",
                "p (Holm)", "verdict", "effect size");
        // theta 2 (3 paired seeds) and theta 5 (2): paired t and Wilcoxon each
        assertThat(methods.select("tbody tr").stream().map(r -> r.child(2).text() + " n=" + r.child(3).text()
                + " -> " + r.child(10).text())).containsExactly(
                        "paired t n=3 -> " + verdictOf(methods, 0),
                        "Wilcoxon signed-rank n=3 -> not testable (n = 3)",
                        "paired t n=2 -> not testable (n = 2)",
                        "Wilcoxon signed-rank n=2 -> not testable (n = 2)");
        assertThat(verdictOf(methods, 0)).startsWith("FF (theta=2.0)");
        assertThat(methods.select("tbody tr").get(1).child(5).text()).as("Wilcoxon floor with 3 pairs")
                .isEqualTo("0.2500");
        Element models = tables.get(1);
        List<Element> mcnemar = models.select("tbody tr");
        assertThat(mcnemar).hasSize(5).allSatisfy(r -> assertThat(r.child(2).text()).startsWith("McNemar"));
        assertThat(mcnemar.stream().map(r -> r.child(10).text())).allMatch(v -> v.startsWith("FF (theta=")
                && v.endsWith("."));
        assertThat(report.section("ff-vs-bp")).contains("Is one method better? (across seeds)",
                "Do two trained models differ? (per seed, on the test images)");
    }

    private static String verdictOf(Element table, int row) {
        return table.select("tbody tr").get(row).child(10).text();
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
        Element lags = report.doc().select("#layer-dynamics table").get(0);
        assertThat(lags.select("tbody tr").stream().map(r -> r.child(1).text())).contains("1", "2");
        Element correlations = report.doc().select("#dynamics table").get(0);
        // one row pair per FF configuration, never pooled over theta; 3 and 2 seeds are below the minimum of 5
        assertThat(correlations.text()).contains("mnist: FF (theta=2.0), final test accuracy",
                "mnist: FF (theta=5.0), final test accuracy", "3 runs", "Pearson correlation",
                "Spearman correlation", "not testable (n = 3)");
    }
}
