package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local HTTP server that serves the real files (or damaged ones). */
@DisplayName("Downloading datasets")
class DataFetcherTest {
    private static final String LABELS = DatasetFile.TEST_LABELS.fileName();

    @TempDir
    Path target;

    private static DataFetcher fetcherFor(LocalHttpServer server) {
        return new DataFetcher(Map.of(DatasetId.MNIST, server.baseUrl().resolve("mnist")));
    }

    @Test
    void downloadsVerifiesAndSavesFilesIdenticalToTheOriginals() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer(RealData.root(DatasetId.MNIST))) {
            List<Path> files = fetcherFor(server).fetch(DatasetId.MNIST, target);

            assertThat(files).hasSize(4);
            for (DatasetFile f : DatasetFile.values()) {
                Path saved = target.resolve("mnist").resolve(f.fileName());
                assertThat(files).contains(saved);
                assertThat(Files.mismatch(saved, RealData.file(DatasetId.MNIST, f))).isEqualTo(-1L);
            }
            assertThat(listing(target.resolve("mnist"))).as("no temporary files left").hasSize(4);
            assertThat(server.requests()).isEqualTo(4);
        }
    }

    @Test
    void filesAlreadyPresentWithTheRightChecksumAreNotDownloadedAgain() {
        DamagedFiles.copyOfDataset(DatasetId.MNIST, target);
        try (LocalHttpServer server = new LocalHttpServer(RealData.root(DatasetId.MNIST))) {
            List<Path> files = fetcherFor(server).fetch(DatasetId.MNIST, target);
            assertThat(files).hasSize(4);
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void aDamagedLocalFileIsReplaced() throws IOException {
        Path root = DamagedFiles.copyOfDataset(DatasetId.MNIST, target);
        Path labels = root.resolve("mnist").resolve(LABELS);
        DamagedFiles.flipped(labels, labels, 10, 1);
        try (LocalHttpServer server = new LocalHttpServer(RealData.root(DatasetId.MNIST))) {
            fetcherFor(server).fetch(DatasetId.MNIST, target);
            assertThat(server.requests()).isEqualTo(1);
            assertThat(Files.mismatch(labels, RealData.file(DatasetId.MNIST, DatasetFile.TEST_LABELS))).isEqualTo(-1L);
        }
    }

    @Test
    void aCorruptedDownloadIsAChecksumErrorAndLeavesNoFile() throws IOException {
        byte[] corrupted = DamagedFiles.bytes(RealData.file(DatasetId.MNIST, DatasetFile.TEST_LABELS));
        corrupted[1000] ^= 1;
        Path corruptedCopy = DamagedFiles.write(target.resolve("elsewhere/copy"), corrupted);
        String actual = Checksums.sha256(corruptedCopy);
        Path into = target.resolve("data");
        try (LocalHttpServer server = new LocalHttpServer(RealData.root(DatasetId.MNIST))
                .override("/mnist/" + LABELS, corrupted)) {
            assertThatThrownBy(() -> fetcherFor(server).fetch(DatasetId.MNIST, into))
                    .isInstanceOf(DataException.class)
                    .hasMessageContaining("Checksum mismatch for " + LABELS + " downloaded from "
                            + server.baseUrl().resolve("mnist/" + LABELS))
                    .hasMessageContaining("expected SHA-256: f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6")
                    .hasMessageContaining("actual SHA-256:   " + actual)
                    .hasMessageContaining("Nothing was saved");
        }
        assertThat(into.resolve("mnist").resolve(LABELS)).doesNotExist();
        assertThat(listing(into.resolve("mnist"))).noneMatch(p -> p.getFileName().toString().contains(LABELS));
    }

    @Test
    void httpErrorNamesTheUrlAndStatus() throws IOException {
        try (LocalHttpServer server = new LocalHttpServer(target.resolve("empty"))) {
            DataFetcher fetcher = fetcherFor(server);
            URI url = server.baseUrl().resolve("mnist/train-images-idx3-ubyte.gz");
            assertThatThrownBy(() -> fetcher.fetch(DatasetId.MNIST, target.resolve("data")))
                    .isInstanceOf(DataException.class)
                    .hasMessage("Download of " + url + " failed: the server answered HTTP 404. Check the URL, or use "
                            + "--base-url to download from another mirror.");
        }
        assertThat(listing(target.resolve("data/mnist"))).isEmpty();
    }

    @Test
    void unreachableServerIsAClearError() {
        URI closed;
        try (LocalHttpServer server = new LocalHttpServer(target)) {
            closed = server.baseUrl();
        }
        DataFetcher fetcher = new DataFetcher(Map.of(DatasetId.MNIST, closed));
        assertThatThrownBy(() -> fetcher.fetch(DatasetId.MNIST, target))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("Download of " + closed + "train-images-idx3-ubyte.gz failed:")
                .hasMessageContaining("Check the network");
    }

    @Test
    void urlsAreTheBasePlusTheFileName() {
        assertThat(DataFetcher.defaults().fileUrl(DatasetId.MNIST, LABELS))
                .hasToString("https://storage.googleapis.com/cvdf-datasets/mnist/" + LABELS);
        assertThat(DataFetcher.defaults().fileUrl(DatasetId.FASHION_MNIST, LABELS))
                .hasToString("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/" + LABELS);
        DataFetcher mirror = DataFetcher.withBaseUrl("http://mirror.example/{dataset}");
        assertThat(mirror.fileUrl(DatasetId.FASHION_MNIST, LABELS))
                .hasToString("http://mirror.example/fashion-mnist/" + LABELS);
        assertThatThrownBy(() -> DataFetcher.withBaseUrl("ftp://mirror.example/"))
                .isInstanceOf(DataException.class).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> new DataFetcher(Map.of()).fetch(DatasetId.MNIST, target))
                .isInstanceOf(DataException.class).hasMessage("No download URL configured for mnist");
    }

    static List<Path> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
