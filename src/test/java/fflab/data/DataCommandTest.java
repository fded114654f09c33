package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fflab data ...} run through the real command line. */
@DisplayName("fflab data on the command line")
class DataCommandTest {

    @TempDir
    Path tmp;

    /** Exit code and what the command printed. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void fetchDownloadsFromTheGivenBaseUrl() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer(RealData.root(DatasetId.MNIST))) {
            Run r = run("data", "fetch", "--dataset", "mnist", "--data-dir", tmp.toString(),
                    "--base-url", server.baseUrl() + "mnist/");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("mnist/t10k-labels-idx1-ubyte.gz: saved, checksum OK")
                    .contains("mnist: 4 files OK in " + tmp.resolve("mnist"));
            for (DatasetFile f : DatasetFile.values()) {
                assertThat(Files.mismatch(tmp.resolve("mnist").resolve(f.fileName()), RealData.file(DatasetId.MNIST, f)))
                        .isEqualTo(-1L);
            }
            Run again = run("data", "fetch", "--dataset", "mnist", "--data-dir", tmp.toString(),
                    "--base-url", server.baseUrl() + "mnist/");
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).contains("already present, checksum OK");
            assertThat(server.requests()).isEqualTo(4);
        }
    }

    @Test
    void fetchAllFillsInTheDatasetPlaceholder() {
        DamagedFiles.copyOfDataset(DatasetId.MNIST, tmp);  // only fashion-mnist needs downloading
        try (LocalHttpServer server = new LocalHttpServer(RealData.root(DatasetId.FASHION_MNIST))) {
            Run r = run("data", "fetch", "--dataset", "all", "--data-dir", tmp.toString(),
                    "--base-url", server.baseUrl() + "{dataset}/");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("mnist: 4 files OK").contains("fashion-mnist: 4 files OK");
            assertThat(server.requests()).isEqualTo(4);
        }
        assertThat(Checksums.sha256(tmp.resolve("fashion-mnist/train-images-idx3-ubyte.gz")))
                .isEqualTo(Checksums.expected(DatasetId.FASHION_MNIST).get("train-images-idx3-ubyte.gz"));
    }

    @Test
    void fetchErrorsAreOneClearLine() {
        try (LocalHttpServer server = new LocalHttpServer(tmp.resolve("empty"))) {
            Run r = run("data", "fetch", "--dataset", "mnist", "--data-dir", tmp.toString(),
                    "--base-url", server.baseUrl().toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).startsWith("fflab: error: Download of " + server.baseUrl())
                    .contains("HTTP 404").doesNotContain("\tat ");
        }
    }

    @Test
    void badOptionValuesAreRejectedWithTheAllowedValues() {
        Run unknown = run("data", "fetch", "--dataset", "cifar", "--data-dir", tmp.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown dataset 'cifar'; allowed values: mnist, fashion-mnist, all");

        Run ambiguous = run("data", "fetch", "--dataset", "all", "--data-dir", tmp.toString(),
                "--base-url", "http://127.0.0.1:1/");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("--base-url must contain {dataset}");
        assertThat(tmp.resolve("mnist")).doesNotExist();
    }

    @Test
    void verifyReportsEveryRealFileAsOk() {
        Run r = run("data", "verify");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("OK "))).hasSize(8);
        assertThat(r.out()).contains("OK        " + RealData.file(DatasetId.MNIST, DatasetFile.TRAIN_IMAGES))
                .contains("All files OK.");
    }

    @Test
    void verifyFlagsADamagedFileAndFails() {
        Path root = DamagedFiles.copyOfDataset(DatasetId.MNIST, tmp);
        Path labels = root.resolve("mnist").resolve(DatasetFile.TEST_LABELS.fileName());
        DamagedFiles.flipped(labels, labels, 50, 1);
        Run r = run("data", "verify", "--dataset", "mnist", "--data-dir", root.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("MISMATCH  " + labels + "  (expected f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6, actual "
                        + Checksums.sha256(labels) + ")")
                .contains("OK        " + root.resolve("mnist/train-images-idx3-ubyte.gz"))
                .contains("1 file(s) missing or damaged.");
    }

    @Test
    void whereListsThePlacesAndWhichHoldsEachDataset() {
        Path sharedRoot = RealData.root(DatasetId.MNIST);
        Run r = run("data", "where", "--data-dir", tmp.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("1. " + tmp + "  (--data-dir)")
                .contains(sharedRoot.toString())
                .contains("mnist: " + sharedRoot.resolve("mnist"))
                .contains("fashion-mnist: " + RealData.root(DatasetId.FASHION_MNIST).resolve("fashion-mnist"));
    }

    @Test
    void everyOptionIsDescribedInTheHelp() {
        Run fetch = run("data", "fetch", "--help");
        assertThat(fetch.out()).contains("--dataset=ID", "mnist, fashion-mnist or all", "--data-dir=DIR",
                "default: ./data", "--base-url=URL", "{dataset}");
        assertThat(run("data", "verify", "--help").out()).contains("--dataset=ID", "--data-dir=DIR", "Look here first");
        assertThat(run("data", "where", "--help").out()).contains("--data-dir=DIR");
        assertThat(run("data").out()).contains("fetch", "verify", "where");
        assertThat(run("--help").out()).contains("data");
    }
}
