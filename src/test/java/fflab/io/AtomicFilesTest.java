package fflab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Atomic file writes")
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesBytesAndCreatesParentDirectories() throws IOException {
        Path target = dir.resolve("a/b/c.bin");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
    }

    @Test
    void writesUtf8AndReplacesTheOldFile() throws IOException {
        Path target = dir.resolve("text.txt");
        AtomicFiles.writeString(target, "old");
        AtomicFiles.writeString(target, "grüße ✓");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("grüße ✓");
        assertThat(filesIn(dir)).containsExactly("text.txt");
    }

    @Test
    void failingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("results.json");
        AtomicFiles.writeString(target, "complete old content");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk on fire");
        })).isInstanceOf(FflabException.class).hasMessageContaining(target.toString()).hasMessageContaining("disk on fire");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug in the writer");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("complete old content");
        assertThat(filesIn(dir)).containsExactly("results.json");
    }

    @Test
    void writerMayCloseTheStream() throws IOException {
        Path target = dir.resolve("closed.txt");
        AtomicFiles.write(target, out -> {
            out.write("x".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    @Test
    void unwritableTargetIsAUserError() throws IOException {
        Path aFile = dir.resolve("plain-file");
        Files.writeString(aFile, "not a directory");
        assertThatThrownBy(() -> AtomicFiles.writeString(aFile.resolve("child.txt"), "x"))
                .isInstanceOf(FflabException.class)
                .hasMessageStartingWith("cannot write " + aFile.resolve("child.txt"));
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
