package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import fflab.cli.Main;
import fflab.data.ImageSet;
import fflab.model.ModelStore;
import fflab.stats.Correction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine;

/** Bad options and inputs fail early with a message that names the option and the allowed values. */
class BadInputTest {
    @TempDir
    Path tmp;

    @Test
    void evenOrNonPositiveFilterSizes() {
        for (int k : new int[] {4, 0, -3}) {
            assertThatThrownBy(() -> SaliencyOptions.defaults().toBuilder().filterSizes(List.of(3, k)).build())
                    .isInstanceOf(FflabException.class).hasMessageContaining("--filter")
                    .hasMessageContaining("odd sizes >= 1");
        }
    }

    @Test
    void unknownBaselineMethodCorrectionAndEvaluationSet() {
        assertThatThrownBy(() -> BaselineKind.parse("white")).hasMessageContaining("--baseline")
                .hasMessageContaining("raw-zero, standardised-zero, dataset-mean");
        assertThatThrownBy(() -> SaliencyMethod.parse("quick")).hasMessageContaining("--method")
                .hasMessageContaining("fast, naive");
        assertThatThrownBy(() -> Correction.parse("bonferroni")).hasMessageContaining("holm, bh");
        // the maps are always corrected: "none", which the stats enum knows, is not a saliency option
        assertThatThrownBy(() -> SaliencyOptions.defaults().toBuilder().correction(Correction.NONE).build())
                .hasMessageContaining("--correction").hasMessageContaining("holm, bh");
        assertThatThrownBy(() -> EvaluationSet.parse("train")).hasMessageContaining("--eval")
                .hasMessageContaining(EvaluationSet.ALLOWED);
        assertThatThrownBy(() -> EvaluationSet.parse("subset:x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> EvaluationSet.parse("subset:0")).hasMessageContaining("N >= 1");
        assertThat(EvaluationSet.parse("Class:7")).isEqualTo(EvaluationSet.ofClass(7));
    }

    @Test
    void anEmptyClassIsRefused() {
        ImageSet pool = TinyModels.test(30);
        int missing = IntStream.range(0, 10).filter(c -> IntStream.of(pool.labels()).noneMatch(y -> y == c))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> EvaluationSet.ofClass(missing).select(pool, 1))
                .isInstanceOf(FflabException.class).hasMessageContaining("--eval class:" + missing)
                .hasMessageContaining("no image of class " + missing).hasMessageContaining("allowed values: class:K with K in");
        SaliencyOptions perClass = SaliencyOptions.defaults().toBuilder().evaluation(EvaluationSet.subset(5)).build();
        assertThatThrownBy(() -> SaliencyStep.run(TinyModels.bp(), "bp", pool, null, perClass, tmp))
                .isInstanceOf(FflabException.class).hasMessageContaining("--per-class")
                .hasMessageContaining("no image of class");
        assertThatThrownBy(() -> EvaluationSet.subset(31).select(pool, 1)).hasMessageContaining("subset:1 .. subset:30");
    }

    @Test
    void aModelThatDoesNotMatchTheDataIsRefused() {
        ImageSet small = new ImageSet(Nd4j.rand(DataType.FLOAT, 5, 14 * 14), new int[] {0, 1, 2, 3, 4}, 14, 14);
        assertThatThrownBy(() -> new AccuracyDifferentialSaliency(TinyModels.ff(), small, new float[196],
                SaliencyMethod.FAST, false))
                .isInstanceOf(FflabException.class).hasMessageContaining("--model")
                .hasMessageContaining("takes 28x28 images (784 inputs)").hasMessageContaining("14x14");
    }

    @Test
    void theCommandLineReportsBadInputAsOneLine() {
        Path run = tmp.resolve("run");
        ModelStore.save(TinyModels.bp(), run.resolve("model"));
        String[][] cases = {
            {"--model", run.toString(), "--filter", "4", "--dataset", "mnist"},
            {"--model", run.toString(), "--filter", "3", "--stride", "5", "--dataset", "mnist"},
            {"--model", run.toString(), "--eval", "class:12", "--dataset", "mnist"},
            {"--model", run.toString()},
            {"--model", tmp.resolve("nothing").toString()},
            {"--filter", "3"},
            {"--model", run.toString(), "--correction", "none", "--dataset", "mnist"},
        };
        String[] expected = {"--filter: expected odd sizes >= 1", "--stride 5 with --filter 3",
            "--eval class:12", "--dataset", "neither a run folder", "either --model",
            "--correction: unknown value 'none'; allowed values: holm, bh"};
        for (int i = 0; i < cases.length; i++) {
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(new StringWriter(), true));
            String[] args = new String[cases[i].length + 1];
            args[0] = "saliency";
            System.arraycopy(cases[i], 0, args, 1, cases[i].length);
            assertThat(cl.execute(args)).as(err.toString()).isEqualTo(2);
            assertThat(err.toString()).startsWith("fflab: error: ").contains(expected[i]).doesNotContain("Exception");
        }
    }
}
