package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warnings box at the top flags results that must not be read as they stand. */
@DisplayName("Warnings box: broken models")
class WarningsTest {
    /** Images per class in the MNIST test set. */
    static final long[] MNIST_TEST = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};

    @TempDir
    Path dir;

    @Test
    @DisplayName("an FF model that predicts class 1 for every image (11.35 %, macro F1 0.02) is flagged twice")
    void chanceLevelSingleClass() {
        Path ff = SyntheticRuns.run(dir.resolve("ff-s1"), "FF_MLP", 1, 2.0, 0.1135, List.of(0.1135));
        SyntheticRuns.metrics(ff, 0.1135, 0.0204, onlyClass(1));
        Path bp = SyntheticRuns.run(dir.resolve("bp-s1"), "BP_MLP", 1, null, 0.97, List.of());
        SyntheticRuns.metrics(bp, 0.97, 0.97, diagonal());

        RenderedReport r = RenderedReport.of(dir, dir.resolve("out/index.html"));
        assertThat(r.doc().select("section").eachAttr("id")).startsWith("warnings", "missing");
        assertThat(r.doc().select("#warnings li").eachText()).containsExactly(
                "run ff-s1 (ff-mlp, seed 1): test accuracy 11.35 % is at chance level (always predicting the most "
                        + "frequent class scores 11.35 %); macro F1 0.02. The model did not learn.",
                "run ff-s1 (ff-mlp, seed 1): predicts class 1 for every test image: a single-class predictor.");
        assertThat(r.doc().selectFirst("nav a").attr("href")).isEqualTo("#warnings");
    }

    @Test
    @DisplayName("a model that learned raises no warning, and the box says so")
    void healthyModel() {
        Path bp = SyntheticRuns.run(dir.resolve("bp-s1"), "BP_MLP", 1, null, 0.97, List.of());
        SyntheticRuns.metrics(bp, 0.97, 0.97, diagonal());
        RenderedReport r = RenderedReport.of(dir, dir.resolve("out/index.html"));
        assertThat(r.doc().select("#warnings li")).isEmpty();
        assertThat(r.section("warnings")).contains("None: no model is at chance level");
    }

    private static List<List<Long>> onlyClass(int predicted) {
        List<List<Long>> m = new ArrayList<>();
        for (long count : MNIST_TEST) {
            List<Long> row = new ArrayList<>();
            for (int c = 0; c < MNIST_TEST.length; c++) {
                row.add(c == predicted ? count : 0L);
            }
            m.add(row);
        }
        return m;
    }

    private static List<List<Long>> diagonal() {
        List<List<Long>> m = new ArrayList<>();
        for (int r = 0; r < MNIST_TEST.length; r++) {
            List<Long> row = new ArrayList<>();
            for (int c = 0; c < MNIST_TEST.length; c++) {
                row.add(r == c ? MNIST_TEST[r] : 0L);
            }
            m.add(row);
        }
        return m;
    }
}
