package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Dataset checksums")
class ChecksumsTest {

    @Test
    void embeddedChecksumsAreTheDatasetsSha256Sums() {
        for (DatasetId id : DatasetId.values()) {
            Path sums = RealData.file(id, DatasetFile.TEST_LABELS).resolveSibling("SHA256SUMS");
            Map<String, String> published = new LinkedHashMap<>();
            for (String line : new String(DamagedFiles.bytes(sums), StandardCharsets.US_ASCII).split("\n")) {
                String[] parts = line.split("\\s+");
                published.put(parts[1], parts[0]);
            }
            assertThat(Checksums.expected(id)).isEqualTo(published).hasSize(4);
        }
    }

    @Test
    void realFilesHaveTheirExpectedHashes() {
        for (DatasetId id : DatasetId.values()) {
            for (DatasetFile f : DatasetFile.values()) {
                Path file = RealData.file(id, f);
                assertThat(Checksums.sha256(file)).isEqualTo(Checksums.expected(id).get(f.fileName()));
                Checksums.verify(id, file);
            }
        }
        assertThat(Checksums.sha256(RealData.file(DatasetId.MNIST, DatasetFile.TRAIN_IMAGES)))
                .isEqualTo("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609");
    }

    @Test
    void damagedCopyNamesTheFileAndBothHashes(@TempDir Path tmp) {
        Path original = RealData.file(DatasetId.MNIST, DatasetFile.TEST_LABELS);
        Path bad = DamagedFiles.flipped(original, tmp.resolve(original.getFileName().toString()), 100, 1);
        String actual = Checksums.sha256(bad);
        assertThat(actual).hasSize(64).isNotEqualTo(Checksums.expected(DatasetId.MNIST).get(original.getFileName().toString()));
        assertThatThrownBy(() -> Checksums.verify(DatasetId.MNIST, bad))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("Checksum mismatch for " + bad)
                .hasMessageContaining("expected SHA-256: f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6")
                .hasMessageContaining("actual SHA-256:   " + actual)
                .hasMessageContaining("fflab data fetch --dataset mnist");
    }

    @Test
    void theRightFileForTheWrongDatasetIsAMismatch() {
        Path fashionLabels = RealData.file(DatasetId.FASHION_MNIST, DatasetFile.TEST_LABELS);
        assertThatThrownBy(() -> Checksums.verify(DatasetId.MNIST, fashionLabels))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("Checksum mismatch");
    }

    @Test
    void aFileThatIsNotPartOfTheDatasetIsNamed(@TempDir Path tmp) {
        Path other = DamagedFiles.write(tmp.resolve("notes.txt"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Checksums.verify(DatasetId.MNIST, other))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("notes.txt is not a file of mnist")
                .hasMessageContaining("train-images-idx3-ubyte.gz");
    }
}
