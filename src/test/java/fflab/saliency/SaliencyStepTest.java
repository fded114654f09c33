package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.cli.Main;
import fflab.io.Csv;
import fflab.io.Json;
import fflab.model.ModelStore;
import fflab.stats.Correction;
import io.qameta.allure.Allure;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fflab saliency} end to end on the tiny trained models: files, figures, significance and faithfulness. */
class SaliencyStepTest {
    @TempDir
    Path tmp;

    @Test
    void commandWritesMapsFiguresAndFaithfulnessAndComparesFfWithBp() throws Exception {
        Path ffRun = tmp.resolve("ff-run");
        Path bpRun = tmp.resolve("bp-run");
        ModelStore.save(TinyModels.ff(), ffRun.resolve("model"));
        ModelStore.save(TinyModels.bp(), bpRun.resolve("model"));
        for (Path run : List.of(ffRun, bpRun)) {
            String out = cli("saliency", "--model", run.toString(), "--dataset", "mnist", "--filter", "5",
                    "--eval", "subset:300", "--faithfulness-images", "150", "--faithfulness-steps", "8",
                    "--random-orders", "2");
            Allure.addAttachment(run.getFileName() + " output", out);
            assertThat(out).contains("k=5 (fast-").contains("deletion ads-k5 AUC").contains("300 evaluation images");
        }
        Path k5 = ffRun.resolve("saliency/k5");
        List<Map<String, String>> ads = Csv.read(k5.resolve("ads.csv"));
        assertThat(ads).hasSize(28);
        assertThat(ads.get(0)).hasSize(28).containsKeys("c0", "c27");
        assertThat(Csv.read(k5.resolve("positions.csv"))).hasSize(784);
        assertThat(Csv.read(k5.resolve("ads-class-9.csv"))).hasSize(28);
        JsonNode json = Json.readTree(k5.resolve("saliency.json"));
        assertThat(json.path("format").asText()).isEqualTo("fflab-saliency");
        assertThat(json.path("filterSize").asInt()).isEqualTo(5);
        assertThat(json.path("baseline").asText()).isEqualTo("raw-zero");
        assertThat(json.path("evaluation").path("set").asText()).isEqualTo("subset:300");
        assertThat(json.path("evaluation").path("images").asInt()).isEqualTo(300);
        assertThat(json.path("method").asText()).isEqualTo("fast-ff");
        assertThat(json.path("timing").path("seconds").asDouble()).isPositive();
        assertThat(json.path("ads").size()).isEqualTo(28);
        assertThat(json.path("perClass").size()).isEqualTo(10);
        assertThat(json.path("samples").size()).isEqualTo(10);
        assertThat(json.path("significance").path("correction").asText()).isEqualTo("holm");
        for (String png : List.of("ads.png", "ads-significant.png", "ads-overlay.png", "ads-classes.png", "samples.png")) {
            BufferedImage image = ImageIO.read(k5.resolve(png).toFile());
            assertThat(image).as(png).isNotNull();
            assertThat(image.getWidth()).as(png).isGreaterThan(400);
        }
        assertThat(ImageIO.read(ffRun.resolve("saliency/faithfulness.png").toFile())).isNotNull();

        // BP with a 5x5 window: ADS order deletes the evidence faster than random orders (a real outcome of this model)
        JsonNode bpSummary = Json.readTree(bpRun.resolve("saliency/summary.json"));
        double adsDeletion = auc(bpSummary, "ads-k5", "deletion");
        double randomDeletion = auc(bpSummary, "random", "deletion");
        Allure.addAttachment("bp summary", Files.readString(bpRun.resolve("saliency/summary.json")));
        assertThat(adsDeletion).isLessThan(randomDeletion);
        assertThat(auc(bpSummary, "gradient-x-input", "deletion")).isLessThan(randomDeletion);
        List<Map<String, String>> curves = Csv.read(bpRun.resolve("saliency/faithfulness.csv"));
        assertThat(curves).hasSize(2 * 3 * 9); // deletion and insertion, three orders, 9 points

        String compared = cli("saliency", "--compare", ffRun.toString(), bpRun.toString(), "--out",
                tmp.resolve("cmp").toString());
        assertThat(compared).contains("ff-vs-bp-k5.png");
        assertThat(ImageIO.read(tmp.resolve("cmp/ff-vs-bp-k5.png").toFile()).getWidth()).isGreaterThan(1500);
        assertThat(Json.readTree(tmp.resolve("cmp/ff-vs-bp-k5.json")).path("pearsonPerClass").size()).isEqualTo(10);
    }

    @Test
    void significantPositionsAreThoseWithManyMoreFlipsToWrong() {
        AdsResult r = new AccuracyDifferentialSaliency(TinyModels.bp(), TinyModels.test(300), new float[784],
                SaliencyMethod.FAST, false).compute(new OcclusionGrid(28, 28, 7, 1, false), new int[0]);
        Significance holm = Significance.of(r.counts(), -1, Correction.HOLM, 0.05);
        Significance bh = Significance.of(r.counts(), -1, Correction.BENJAMINI_HOCHBERG, 0.05);
        assertThat(holm.count()).as("a 7x7 black window over the digit matters").isPositive();
        assertThat(bh.count()).as("BH is less strict than Holm").isGreaterThanOrEqualTo(holm.count());
        for (int p = 0; p < r.grid().positions(); p++) {
            if (holm.significant()[p]) {
                assertThat(r.counts().toWrong(p)).isGreaterThan(r.counts().toRight(p) + 5);
            }
            if (r.counts().toWrong(p) + r.counts().toRight(p) == 0) {
                assertThat(holm.significant()[p]).isFalse();
            }
        }
    }

    private static double auc(JsonNode summary, String order, String curve) {
        for (JsonNode a : summary.path("faithfulness")) {
            if (a.path("order").asText().equals(order) && a.path("curve").asText().equals(curve)) {
                return a.path("auc").asDouble();
            }
        }
        throw new AssertionError("no " + curve + " curve for " + order);
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
