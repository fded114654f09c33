package fflab.data;

import static fflab.data.DatasetFile.TEST_IMAGES;
import static fflab.data.DatasetFile.TEST_LABELS;
import static fflab.data.DatasetFile.TRAIN_LABELS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an IDX file can be bad gives a DataException that says what and where; the copies are damaged on purpose. */
@DisplayName("Damaged IDX files")
class IdxReaderErrorsTest {
    private static final Path TEST_IMAGES_GZ = RealData.file(DatasetId.MNIST, TEST_IMAGES);
    private static final Path TEST_LABELS_GZ = RealData.file(DatasetId.MNIST, TEST_LABELS);
    /** 16-byte header + 10,000 images of 28x28. */
    private static final int TEST_IMAGES_BYTES = 16 + 10_000 * 784;

    @TempDir
    Path tmp;

    @Test
    void labelFileGivenAsImageFileIsABadMagicNumber() {
        assertThatThrownBy(() -> IdxReader.read(TEST_LABELS_GZ, TEST_LABELS_GZ))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(TEST_LABELS_GZ.toString())
                .hasMessageContaining("expected magic number 2051 but found 2049")
                .hasMessageContaining("swapped");
    }

    @Test
    void imageFileGivenAsLabelFileIsABadMagicNumber() {
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, TEST_IMAGES_GZ))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("expected magic number 2049 but found 2051");
    }

    @Test
    void aFileThatIsNotIdxAtAllIsABadMagicNumber() {
        Path readme = DamagedFiles.write(tmp.resolve("labels"), "# not an IDX file\n".getBytes());
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, readme))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("expected magic number 2049 but found " + 0x23206e6f);
    }

    @Test
    void imagesAndLabelsWithDifferentCountsAreRejected() {
        Path trainLabels = RealData.file(DatasetId.MNIST, TRAIN_LABELS);
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, trainLabels))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("holds 10000 images")
                .hasMessageContaining("holds 60000 labels");
    }

    @Test
    void truncatedRawFileSaysExpectedAndAvailableBytes() {
        Path raw = DamagedFiles.write(tmp.resolve("raw"), DamagedFiles.gunzipped(TEST_IMAGES_GZ));
        Path cut = DamagedFiles.truncated(raw, tmp.resolve("t10k-images-idx3-ubyte"), 16 + 100 * 784 + 5);
        assertThatThrownBy(() -> IdxReader.read(cut, TEST_LABELS_GZ))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(cut + " is truncated")
                .hasMessageContaining("expected " + TEST_IMAGES_BYTES + " bytes but only " + (16 + 100 * 784 + 5)
                        + " are available");
    }

    @Test
    void truncatedGzipFileIsReportedAsTruncated() {
        Path cut = DamagedFiles.truncated(TEST_IMAGES_GZ, tmp.resolve("t10k-images-idx3-ubyte.gz"), 800_000);
        assertThatThrownBy(() -> IdxReader.read(cut, TEST_LABELS_GZ))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(cut + " is truncated")
                .hasMessageContaining("expected " + TEST_IMAGES_BYTES + " bytes after decompression but only")
                .hasMessageContaining("fetch it again");
    }

    @Test
    void headerCutShortIsReportedAsTruncated() {
        Path cut = DamagedFiles.truncated(TEST_LABELS_GZ, tmp.resolve("labels"), 0);
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, cut))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("expected 8 bytes but only 0 are available");
    }

    @Test
    void gzipCutInsideItsHeaderIsReportedAsTruncated() {
        Path cut = DamagedFiles.truncated(TEST_LABELS_GZ, tmp.resolve("t10k-labels-idx1-ubyte.gz"), 5);
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, cut))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(cut + " is truncated: it ends inside its gzip header");
    }

    @Test
    void damagedCompressedDataIsACorruptGzip() {
        Path bad = DamagedFiles.flipped(TEST_LABELS_GZ, tmp.resolve("t10k-labels-idx1-ubyte.gz"), 2000, 16);
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, bad))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(bad + " is a corrupt gzip file");
    }

    @Test
    void wrongCrcInTheGzipTrailerIsACorruptGzip() {
        int size = DamagedFiles.bytes(TEST_LABELS_GZ).length;
        Path bad = DamagedFiles.flipped(TEST_LABELS_GZ, tmp.resolve("t10k-labels-idx1-ubyte.gz"), size - 8, 1);
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, bad))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(bad + " is a corrupt gzip file")
                .hasMessageContaining("Corrupt GZIP trailer");
    }

    @Test
    void labelOutsideZeroToNineIsRejectedWithItsIndex() {
        byte[] labels = DamagedFiles.gunzipped(TEST_LABELS_GZ);
        labels[8 + 3] = 12;
        Path bad = DamagedFiles.write(tmp.resolve("t10k-labels-idx1-ubyte"), labels);
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, bad))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(bad + " has label 12 at index 3; labels must be 0..9");
    }

    @Test
    void dataBeyondWhatTheHeaderAnnouncesIsRejected() {
        byte[] labels = DamagedFiles.gunzipped(TEST_LABELS_GZ);
        Path longer = DamagedFiles.write(tmp.resolve("labels"), Arrays.copyOf(labels, labels.length + 1));
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, longer))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("more data than its header announces: expected 10008 bytes");
    }

    @Test
    void missingFileNamesTheFile() {
        Path missing = tmp.resolve("no-such-file.gz");
        assertThatThrownBy(() -> IdxReader.read(TEST_IMAGES_GZ, missing))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("Cannot read " + missing + ": no such file");
    }
}
