package fflab.data;

import static fflab.data.DatasetFile.TEST_IMAGES;
import static fflab.data.DatasetFile.TEST_LABELS;
import static fflab.data.DatasetFile.TRAIN_IMAGES;
import static fflab.data.DatasetFile.TRAIN_LABELS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

/** Parsing the real IDX files; the expected counts are the published ones (and what numpy reads from the same files). */
@DisplayName("Reading the real IDX files")
class IdxReaderTest {

    @Test
    void mnistHas60000TrainingAnd10000TestImagesOf28x28() {
        LoadedDataset d = RealData.mnist();
        for (ImageSet s : new ImageSet[] {d.train(), d.test()}) {
            assertThat(s.rows()).isEqualTo(28);
            assertThat(s.cols()).isEqualTo(28);
            assertThat(s.features()).isEqualTo(784);
            assertThat(s.images().dataType()).isEqualTo(DataType.FLOAT);
            assertThat(s.images().ordering()).isEqualTo('c');
        }
        assertThat(d.train().size()).isEqualTo(60_000);
        assertThat(d.test().size()).isEqualTo(10_000);
        assertThat(d.train().images().shape()).containsExactly(60_000, 784);
        assertThat(d.test().images().shape()).containsExactly(10_000, 784);
    }

    @Test
    void mnistLabelCountsAreThePublishedOnes() {
        LoadedDataset d = RealData.mnist();
        assertThat(countPerClass(d.train()))
                .containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
        assertThat(countPerClass(d.test()))
                .containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
        assertThat(d.train().labels()).startsWith(5, 0, 4, 1, 9);
        assertThat(d.test().labels()).startsWith(7, 2, 1, 0, 4);
    }

    @Test
    void fashionMnistHas6000TrainingAnd1000TestImagesPerClass() {
        LoadedDataset d = RealData.fashion();
        assertThat(d.train().size()).isEqualTo(60_000);
        assertThat(d.test().size()).isEqualTo(10_000);
        assertThat(countPerClass(d.train())).containsOnly(6000);
        assertThat(countPerClass(d.test())).containsOnly(1000);
        assertThat(d.train().labels()).startsWith(9, 0, 0, 3, 0);
        assertThat(d.test().labels()).startsWith(9, 2, 1, 1, 6);
    }

    @Test
    void pixelsAreRawOver255InZeroToOne() {
        ImageSet test = RealData.mnist().test();
        assertThat(test.images().minNumber().doubleValue()).isEqualTo(0.0);
        assertThat(test.images().maxNumber().doubleValue()).isEqualTo(1.0);
        float[] pixels = test.images().data().asFloat();
        long rawSum = 0;
        float worstRounding = 0;
        for (float p : pixels) {
            float raw = p * 255f;
            worstRounding = Math.max(worstRounding, Math.abs(raw - Math.round(raw)));
            rawSum += Math.round(raw);
        }
        assertThat(worstRounding).as("every pixel is a byte value / 255").isLessThan(1e-4f);
        // sum of all raw bytes of t10k-images, as numpy reads it
        assertThat(rawSum).isEqualTo(264_923_200L);
        // image 0 of the test set (a 7): row 7 holds its top stroke
        assertThat(test.images().getFloat(0, 7 * 28 + 6)).isEqualTo(84 / 255f);
    }

    @Test
    void rawAndGzippedFilesReadTheSame(@TempDir Path tmp) {
        Path gzImages = RealData.file(DatasetId.MNIST, TEST_IMAGES);
        Path gzLabels = RealData.file(DatasetId.MNIST, TEST_LABELS);
        Path rawImages = DamagedFiles.write(tmp.resolve("t10k-images-idx3-ubyte"), DamagedFiles.gunzipped(gzImages));
        Path rawLabels = DamagedFiles.write(tmp.resolve("t10k-labels-idx1-ubyte"), DamagedFiles.gunzipped(gzLabels));

        ImageSet fromGz = IdxReader.read(gzImages, gzLabels);
        ImageSet fromRaw = IdxReader.read(rawImages, rawLabels);
        ImageSet mixed = IdxReader.read(rawImages, gzLabels);

        assertThat(fromRaw.labels()).isEqualTo(fromGz.labels());
        assertThat(fromRaw.images().equalsWithEps(fromGz.images(), 0)).isTrue();
        assertThat(mixed.images().equalsWithEps(fromGz.images(), 0)).isTrue();
        assertThat(fromRaw.size()).isEqualTo(10_000);
    }

    @Test
    void readsTheMnistTrainingFileInAboutASecond() {
        Path images = RealData.file(DatasetId.MNIST, TRAIN_IMAGES);
        Path labels = RealData.file(DatasetId.MNIST, TRAIN_LABELS);
        long start = System.nanoTime();
        ImageSet train = IdxReader.read(images, labels);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("IdxReader: MNIST training file (60,000 images) read in " + ms + " ms");
        assertThat(train.size()).isEqualTo(60_000);
        // generous: the bulk path takes well under a second here; per-pixel INDArray calls would take minutes
        assertThat(ms).isLessThan(10_000);
    }

    static int[] countPerClass(ImageSet s) {
        int[] counts = new int[ImageSet.CLASSES];
        for (int label : s.labels()) {
            counts[label]++;
        }
        return counts;
    }
}
