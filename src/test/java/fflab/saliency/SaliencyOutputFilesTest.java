package fflab.saliency;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.data.ImageSet;
import fflab.io.Csv;
import fflab.io.Npy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

@DisplayName("Saliency outputs: the evaluation images, .npy maps, the map of class:K")
class SaliencyOutputFilesTest {
    @TempDir
    Path tmp;

    private static SaliencyOptions options(EvaluationSet evaluation) {
        return SaliencyOptions.defaults().toBuilder().filterSizes(List.of(7)).stride(2).evaluation(evaluation)
                .faithfulnessImages(0).figures(false).seed(3).build();
    }

    @Test
    void aSubsetRecordsWhichTestImagesItUsedAndTheMapsComeAsNpy() {
        ImageSet pool = TinyModels.test(400);
        SaliencyStep.run(TinyModels.bp(), "bp", pool, TinyModels.train(), options(EvaluationSet.subset(120)),
                tmp);
        List<Map<String, String>> images = Csv.read(tmp.resolve("evaluation-images.csv"));
        assertThat(images).hasSize(120);
        int[] expected = EvaluationSet.subset(120).indices(pool, 3);
        for (int i = 0; i < images.size(); i++) {
            int index = Integer.parseInt(images.get(i).get("test_index"));
            assertThat(index).isEqualTo(expected[i]);
            assertThat(Integer.parseInt(images.get(i).get("label"))).isEqualTo(pool.label(index));
        }

        Path k7 = tmp.resolve("k7");
        INDArray ads = Npy.read(k7.resolve("ads.npy"));
        assertThat(ads.shape()).containsExactly(28, 28);
        List<Map<String, String>> csv = Csv.read(k7.resolve("ads.csv"));
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                assertThat(ads.getDouble(r, c)).isEqualTo(Double.parseDouble(csv.get(r).get("c" + c)));
            }
        }
        assertThat(Npy.read(k7.resolve("ads-classes.npy")).shape()).containsExactly(10, 28, 28);
        assertThat(Npy.read(k7.resolve("significant.npy")).shape()).containsExactly(28, 28);
    }

    @Test
    void classKWritesItsPerClassMap() {
        ImageSet pool = TinyModels.test(400);
        SaliencyStep.run(TinyModels.bp(), "bp", pool, TinyModels.train(), options(EvaluationSet.ofClass(3)), tmp);
        Path k7 = tmp.resolve("k7");
        assertThat(k7.resolve("ads-class-3.csv")).hasSameTextualContentAs(k7.resolve("ads.csv"));
        assertThat(Npy.read(k7.resolve("ads-class-3.npy")).shape()).containsExactly(28, 28);
        List<Map<String, String>> images = Csv.read(tmp.resolve("evaluation-images.csv"));
        assertThat(images).isNotEmpty().allSatisfy(row -> assertThat(row.get("label")).isEqualTo("3"));
    }
}
