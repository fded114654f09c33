package fflab.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * half-written file: a crash or an exception mid-write leaves the previous file untouched.
 */
public final class AtomicFiles {
    private static final int BUFFER_BYTES = 1 << 16;

    private AtomicFiles() {}

    /** Something that writes to a stream and may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T t) throws IOException;
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Lets {@code writer} fill a buffered stream to a temporary file next to {@code target}, forces
     * it to disk, then renames it over {@code target}. The temporary file is removed when anything
     * fails; parent directories are created as needed.
     *
     * @throws fflab.FflabException when the file cannot be written (permissions, disk full, ...)
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        // same directory, so the final rename never crosses file systems and can be atomic
        Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                writer.accept(new CloseShield(out));
                out.flush();
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncDirectory(dir);
        } catch (IOException e) {
            throw IoErrors.writing(target, e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, so best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the data is on disk already; only the directory entry may be lost in a power cut
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing better to do: the original exception is the one worth reporting
        }
    }

    /** Keeps writers from closing the stream before it is flushed and forced to disk. */
    private static final class CloseShield extends FilterOutputStream {
        CloseShield(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
