package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fflab.cli.Main;
import fflab.io.Json;
import fflab.saliency.SaliencyComparison;
import io.qameta.allure.Allure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saliency section on real fflab saliency outputs: {@code fflab saliency} run on the
 * fixture's models (5x5 filter, stride 2, 200 test images).
 */
@DisplayName("Saliency section on real ADS outputs")
class SaliencyReportTest {
    static final String KIND = "5x5 filter, stride 2, baseline raw-zero, images subset:200";
    @TempDir
    static Path dir;
    static Path source;

    @BeforeAll
    static void computeMaps() {
        source = ReportFixture.copy(dir.resolve("source"), "ff-theta2-1", "bp-1", "bp-2");
        for (String run : List.of("ff-theta2-1", "bp-1", "bp-2")) {
            saliency(source.resolve(run));
        }
    }

    @Test
    @DisplayName("a chance-level FF map (0 everywhere) is said in words and flagged, never drawn as a grey square")
    void emptyMapInWords() {
        Path exp = ReportFixture.copy(dir.resolve("chance"), "ff-theta2-1", "bp-1");
        ReportFixture.copyTree(source.resolve("ff-theta2-1/saliency"), exp.resolve("ff-theta2-1/saliency"));
        ReportFixture.copyTree(source.resolve("bp-1/saliency"), exp.resolve("bp-1/saliency"));
        // a model that predicts one class has this map: 0 everywhere, nothing significant. The fixture's FF
        // is such a model today; zeroing its map keeps the test true should a change make it learn.
        Path file = exp.resolve("ff-theta2-1/saliency/k5/saliency.json");
        ObjectNode json = (ObjectNode) Json.readTree(file);
        zero(json.path("ads"));
        json.path("perClass").forEach(c -> zero(c.path("ads")));
        ((ObjectNode) json.path("significance")).put("significantPositions", 0);
        Json.write(file, json);
        RenderedReport r = RenderedReport.of(exp, dir.resolve("chance-out/index.html"));
        Allure.addAttachment("report", "text/html", r.html(), ".html");
        assertThat(r.section("saliency")).contains("mnist: FF vs BP: " + KIND,
                "FF, seed 1: 0.00 points everywhere (no occlusion changed a prediction), not drawn.");
        assertThat(r.doc().select("#warnings li").eachText()).anyMatch(w -> w.equals("run ff-theta2-1: the ADS map ("
                + KIND + ") is the same everywhere: no occlusion changed a prediction, so it shows nothing."));
        // the seed-1 row is drawn with BP's map only; the FF-BP correlation is undefined and shown as a dash
        Element first = r.doc().selectFirst("#saliency figure.zoom");
        assertThat(first.selectFirst("figcaption").text()).startsWith("Seed 1: all classes, " + KIND
                + " (accuracy drop, points); r = " + Fmt.MISSING);
    }

    @Test
    @DisplayName("FF and BP rows share a scale, each map once; mean map; r as saliency --compare computes it")
    void pairedMapsAndCorrelation() throws IOException {
        // two FF runs given the BP runs' real maps (crossed), so that every map has structure
        Path exp = ReportFixture.copy(dir.resolve("paired"), "ff-theta2-1", "ff-theta2-2", "bp-1", "bp-2");
        ReportFixture.copyTree(source.resolve("bp-2/saliency"), exp.resolve("ff-theta2-1/saliency"));
        ReportFixture.copyTree(source.resolve("bp-1/saliency"), exp.resolve("ff-theta2-2/saliency"));
        ReportFixture.copyTree(source.resolve("bp-1/saliency"), exp.resolve("bp-1/saliency"));
        // BP seed 2 in the layout where each saliency output has its own folder <key>/, indexed by a
        // saliency.json of its options and files (no map of its own), with the maps in k<K>/ below
        Path key = exp.resolve("bp-2/saliency/ads-k5-raw-zero-subset200-1a2b3c4d");
        ReportFixture.copyTree(source.resolve("bp-2/saliency/k5"), key.resolve("k5"));
        Files.writeString(key.resolve("saliency.json"), "{\"key\": \"ads-k5-raw-zero-subset200-1a2b3c4d\", "
                + "\"options\": {\"filter\": [5], \"stride\": 2, \"baseline\": \"raw-zero\"}, "
                + "\"files\": [\"k5/ads.csv\", \"k5/saliency.json\"]}");
        Path compare = Files.createDirectories(dir.resolve("compare"));
        SaliencyComparison.write(exp.resolve("ff-theta2-1"), exp.resolve("bp-1"), compare);
        JsonNode expected = Json.readTree(compare.resolve("ff-vs-bp-k5.json"));

        RenderedReport r = RenderedReport.of(exp, dir.resolve("paired-out/index.html"));
        Allure.addAttachment("report", "text/html", r.html(), ".html");
        List<Element> main = r.doc().select("#saliency figure.zoom").stream()
                .filter(f -> f.parents().stream().noneMatch(p -> p.tagName().equals("details"))).toList();
        assertThat(main).extracting(f -> f.selectFirst("figcaption span").text().replaceFirst(" \\(acc.*", ""))
                .containsExactly("Seed 1: all classes, " + KIND, "Seed 2: all classes, " + KIND,
                        "Mean over 2 seeds: all classes, " + KIND);
        // a click on a figure opens it full-window: its link points at the figure itself
        assertThat(main).allSatisfy(f -> assertThat(f.selectFirst("a:has(img)").attr("href"))
                .isEqualTo("#" + f.id()));
        String r1 = String.format(Locale.ROOT, "%.2f", expected.path("pearsonAll").asDouble());
        assertThat(main.get(0).text()).contains("r = " + r1 + ".");
        // FF's mean is BP's mean (the maps are crossed), so the mean maps correlate perfectly
        assertThat(main.get(2).text()).contains("r = 1.00.");
        Element table = r.doc().selectFirst("#saliency table");
        assertThat(table.select("tbody tr").get(0).child(1).text()).isEqualTo(r1);
        assertThat(table.select("tbody tr").get(0).child(2).text()).startsWith("0: " + String.format(Locale.ROOT,
                "%.2f", expected.path("pearsonPerClass").path(0).asDouble()));
        // ten per-class rows, FF beside BP, in a collapsed block
        assertThat(r.doc().select("#saliency details.classes figure")).hasSize(10);
        // nothing else: no curve of positions.csv/samples.csv, no p-adjusted or mask heatmap
        assertThat(r.doc().select("#saliency img")).hasSize(3 + 10);
        assertThat(r.section("saliency")).doesNotContain("positions.csv", "samples.csv", "p-adjusted");
    }

    private static void zero(JsonNode matrix) {
        for (JsonNode row : matrix) {
            for (int c = 0; c < row.size(); c++) {
                ((ArrayNode) row).set(c, 0.0);
            }
        }
    }

    private static void saliency(Path run) {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int code = cl.execute("saliency", "--model", run.toString(), "--filter", "5", "--stride", "2", "--eval",
                "subset:200", "--faithfulness-images", "0", "--no-figures", "--threads", "2");
        assertThat(code).as("fflab saliency: %s", out).isZero();
    }
}
