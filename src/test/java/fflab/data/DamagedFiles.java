package fflab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Makes damaged copies of real files for error tests; never touches the originals. */
final class DamagedFiles {
    private DamagedFiles() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            return Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gunzipped(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first length bytes of the file. */
    static Path truncated(Path source, Path target, int length) {
        return write(target, Arrays.copyOf(bytes(source), length));
    }

    /** The file with every bit of bytes [from, from+count) inverted. */
    static Path flipped(Path source, Path target, int from, int count) {
        byte[] b = bytes(source);
        for (int i = from; i < from + count; i++) {
            b[i] = (byte) ~b[i];
        }
        return write(target, b);
    }

    /** Copies the four files of a dataset into root/<id>/ and returns root. */
    static Path copyOfDataset(DatasetId id, Path root) {
        for (DatasetFile f : DatasetFile.values()) {
            write(root.resolve(id.id()).resolve(f.fileName()), bytes(RealData.file(id, f)));
        }
        return root;
    }
}
