package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

@DisplayName("Loading datasets")
class DatasetLoaderTest {

    @Test
    void loadRecordsChecksumsAndFolderAndCachesTheResult() {
        Nd4j.create(1);  // time the load, not the one-off start of ND4J's native backend
        DatasetLoader.clearCache();
        long start = System.nanoTime();
        LoadedDataset first = RealData.mnist();
        long coldMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        LoadedDataset second = DatasetLoader.load(DatasetId.MNIST, DataDirectory.resolve(null));
        long warmMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("DatasetLoader: MNIST cold load (4 files, checksums + parsing) " + coldMs
                + " ms, cached " + warmMs + " ms");

        assertThat(first.id()).isEqualTo(DatasetId.MNIST);
        assertThat(first.sha256()).isEqualTo(Checksums.expected(DatasetId.MNIST));
        assertThat(first.sha256().keySet()).containsExactly("train-images-idx3-ubyte.gz",
                "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");
        assertThat(first.directory()).isEqualTo(RealData.file(DatasetId.MNIST, DatasetFile.TRAIN_IMAGES).getParent());
        assertThat(first.train().size()).isEqualTo(60_000);
        assertThat(first.test().size()).isEqualTo(10_000);
        assertThat(second).isSameAs(first);
    }

    @Test
    void aDamagedCopyIsRejectedByChecksumBeforeParsing(@TempDir Path tmp) {
        Path root = DamagedFiles.copyOfDataset(DatasetId.MNIST, tmp);
        Path labels = root.resolve("mnist").resolve(DatasetFile.TEST_LABELS.fileName());
        DamagedFiles.flipped(labels, labels, 3000, 1);
        DataDirectory dir = DataDirectory.resolve(root, Map.of(), tmp);
        assertThatThrownBy(() -> DatasetLoader.load(DatasetId.MNIST, dir))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("Checksum mismatch for " + labels)
                .hasMessageContaining("expected SHA-256: f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6")
                .hasMessageContaining("actual SHA-256:   " + Checksums.sha256(labels));
    }

    @Test
    void anIntactCopyElsewhereLoadsTheSameData(@TempDir Path tmp) {
        Path root = DamagedFiles.copyOfDataset(DatasetId.MNIST, tmp);
        LoadedDataset copy = DatasetLoader.load(DatasetId.MNIST, DataDirectory.resolve(root, Map.of(), tmp));
        LoadedDataset real = RealData.mnist();
        assertThat(copy).isNotSameAs(real);
        assertThat(copy.directory()).isEqualTo(root.resolve("mnist"));
        assertThat(copy.test().labels()).isEqualTo(real.test().labels());
        assertThat(copy.train().images().equalsWithEps(real.train().images(), 0)).isTrue();
    }

    @Test
    void aMissingDatasetListsThePlacesAndTheFetchCommand(@TempDir Path tmp) {
        DataDirectory empty = DataDirectory.resolve(tmp.resolve("nothing"), Map.of(), tmp.resolve("work"));
        assertThatThrownBy(() -> DatasetLoader.load(DatasetId.MNIST, empty))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("Cannot find mnist/train-images-idx3-ubyte.gz")
                .hasMessageContaining(tmp.resolve("nothing").toString())
                .hasMessageContaining(tmp.resolve("work/data").toString())
                .hasMessageContaining("fflab data fetch --dataset mnist --data-dir ./data");
    }
}
