package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of partial experiments say what is missing instead of failing. */
@DisplayName("Report of incomplete experiments")
class MissingPartsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("one seed of FF and BP: no intervals, no paired t, but McNemar on the per-image predictions")
    void oneSeed() {
        RenderedReport r = RenderedReport.of(ReportFixture.copy(dir.resolve("one-seed"), "ff-theta2-1", "bp-1"),
                dir.resolve("out/index.html"));
        assertThat(r.section("missing")).contains("mnist: FF: only one finished run, so no confidence interval.",
                "mnist: FF vs BP: 1 paired seed, so no test across seeds (they need at least 3); only McNemar's "
                        + "test per seed.",
                "No sweep axes", "No saliency yet");
        List<Element> rows = r.doc().select("#ff-vs-bp tbody tr");
        assertThat(rows).extracting(row -> row.child(2).text()).containsExactly("paired t", "Wilcoxon signed-rank",
                "McNemar chi-square (continuity corrected)");
        assertThat(rows.get(0).child(10).text()).isEqualTo("not testable (n = 1)");
        assertThat(rows.get(0).child(11).text()).isEqualTo("not testable (n = 1): paired t needs at least 3 "
                + "paired seeds");
        assertThat(rows.get(2).child(8).text()).as("McNemar raw p").matches("< 0\\.0001|0\\.\\d{4}|1\\.0000");
        assertThat(r.doc().select("#summary tbody tr").get(0).child(6).text()).isEqualTo(Fmt.MISSING);
    }

    @Test
    @DisplayName("FF only: no BP to compare with, everything else still reported")
    void noBp() {
        RenderedReport r = RenderedReport.of(ReportFixture.copy(dir.resolve("ff-only"), "ff-theta2-1",
                "ff-theta2-2", "ff-theta5-1"), dir.resolve("out/index.html"));
        assertThat(r.section("missing")).contains("mnist: no BP runs, so FF and BP are not compared.");
        assertThat(r.section("ff-vs-bp")).contains("No FF vs BP comparison");
        assertThat(r.doc().select("#axes img")).hasSize(1);
        assertThat(r.doc().select("#summary tbody tr")).hasSize(2);
    }

    @Test
    @DisplayName("a failed run and an unfinished run are listed with their reasons; the rest is compared")
    void failedAndIncompleteRuns() throws IOException {
        Path exp = ReportFixture.copy(dir.resolve("with-failures"), "ff-theta2-1", "ff-theta2-2", "bp-1", "bp-2");
        Path failed = Files.createDirectories(exp.resolve("ff-theta2-3"));
        Files.copy(exp.resolve("ff-theta2-1/config.json"), failed.resolve("config.json"));
        Files.writeString(failed.resolve("failed.json"), "{\"error\": \"java.lang.OutOfMemoryError: Java heap\"}");
        Path running = Files.createDirectories(exp.resolve("bp-3"));
        Files.copy(exp.resolve("bp-1/config.json"), running.resolve("config.json"));
        RenderedReport r = RenderedReport.of(exp, dir.resolve("out/index.html"));
        assertThat(r.section("missing")).contains(
                "run ff-theta2-3 failed: marked failed (failed.json): java.lang.OutOfMemoryError: Java heap",
                "run bp-3 incomplete: no metrics.json");
        assertThat(r.doc().select("#runs td.status-failed")).hasSize(1);
        assertThat(r.doc().select("#runs td.status-incomplete")).hasSize(1);
        assertThat(r.doc().select("#summary tbody tr")).extracting(row -> row.child(3).text())
                .containsExactly("2 of 3", "2 of 3");
        assertThat(r.doc().select("#ff-vs-bp tbody tr")).hasSize(2 + 2);
    }

    @Test
    @DisplayName("runs without history files: no curves, and the report says so")
    void noHistory() throws IOException {
        Path exp = ReportFixture.copy(dir.resolve("no-history"), "ff-theta2-1", "bp-1");
        for (String run : List.of("ff-theta2-1", "bp-1")) {
            Files.delete(exp.resolve(run).resolve("accuracy.csv"));
            Files.delete(exp.resolve(run).resolve("history.csv"));
            Files.delete(exp.resolve(run).resolve("predictions.csv"));
        }
        RenderedReport r = RenderedReport.of(exp, dir.resolve("out/index.html"));
        assertThat(r.section("missing")).contains("mnist: FF: no accuracy.csv, so no learning curves.",
                "mnist: BP: no history.csv, so no loss curves.");
        assertThat(r.section("dynamics")).contains("No learning curves");
        assertThat(r.section("ff-vs-bp")).contains("predictions.csv missing or unreadable in ff-theta2-1");
        assertThat(r.doc().select("#confusion img")).hasSize(2);
    }

    @Test
    @DisplayName("saliency folders of other tools: maps, figures and short curves once each; long tables left out")
    void looseSaliency() throws IOException {
        Path exp = ReportFixture.copy(dir.resolve("saliency"), "ff-theta2-1", "bp-1");
        byte[] png = writeSaliency(exp.resolve("ff-theta2-1/saliency"), 1.0);
        writeSaliency(exp.resolve("bp-1/saliency"), -1.0);
        // one row per position: a data table, not a curve; p-values: no map to look at
        StringBuilder positions = new StringBuilder("row,col,ads,p\n");
        for (int i = 0; i < 100; i++) {
            positions.append(i / 10).append(',').append(i % 10).append(",0.01,0.5\n");
        }
        Files.writeString(exp.resolve("bp-1/saliency/filter-3/positions.csv"), positions);
        Files.copy(exp.resolve("bp-1/saliency/filter-3/all.csv"), exp.resolve("bp-1/saliency/filter-3/p-adjusted.csv"));
        Allure.addAttachment("saliency figure used as input", "image/png", new ByteArrayInputStream(png),
                ".png");
        RenderedReport r = RenderedReport.of(exp, dir.resolve("out/index.html"));
        List<Element> figures = r.doc().select("#saliency figure");
        assertThat(figures).extracting(f -> f.selectFirst("figcaption").text()).containsExactly(
                "bp-1: deletion.csv", "bp-1: filter-3/all.csv", "bp-1: filter-3/figure.png",
                "ff-theta2-1: deletion.csv", "ff-theta2-1: filter-3/all.csv", "ff-theta2-1: filter-3/figure.png");
        assertThat(r.section("missing")).doesNotContain("saliency");
        String figure = figures.get(5).selectFirst("img").attr("src");
        assertThat(figure).isEqualTo(ChartImages.pngDataUri(png)); // the PNG itself, unchanged
    }

    /** A signed 28x28 map, a 56x56 PNG and deletion/insertion curves, as ADS may write them. */
    private static byte[] writeSaliency(Path saliency, double sign) throws IOException {
        Path filter = Files.createDirectories(saliency.resolve("filter-3"));
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < 28; row++) {
            List<String> cells = new ArrayList<>();
            for (int col = 0; col < 28; col++) {
                cells.add(String.format(Locale.ROOT, "%.4f", sign * Math.sin(row / 4.0) * Math.cos(col / 5.0)));
            }
            lines.add(String.join(",", cells));
        }
        Files.write(filter.resolve("all.csv"), lines);
        Files.writeString(saliency.resolve("deletion.csv"),
                "fraction,deletion,insertion\n0,0.95,0.11\n0.25,0.6,0.5\n0.5,0.3,0.8\n1,0.1,0.95\n");
        BufferedImage image = new BufferedImage(56, 56, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 56; y++) {
            for (int x = 0; x < 56; x++) {
                image.setRGB(x, y, new Color(x * 4, y * 4, 128).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        Files.write(filter.resolve("figure.png"), out.toByteArray());
        return out.toByteArray();
    }
}
