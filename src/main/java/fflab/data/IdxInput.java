package fflab.data;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one IDX file front to back, gzipped or not, and turns every I/O failure into a
 * {@link DataException} that names the file and says how far reading got.
 */
final class IdxInput implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final InputStream in;
    private final boolean gzipped;
    private long position;

    private IdxInput(Path file, InputStream in, boolean gzipped) {
        this.file = file;
        this.in = in;
        this.gzipped = gzipped;
    }

    /** Opens the file, decompressing it when it starts with the gzip magic 0x1f8b. */
    static IdxInput open(Path file) {
        InputStream raw = null;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            return gzip ? new IdxInput(file, new GZIPInputStream(raw, BUFFER), true) : new IdxInput(file, raw, false);
        } catch (EOFException e) {
            closeQuietly(raw);
            throw new DataException(file + " is truncated: it ends inside its gzip header. Delete it and fetch it again.", e);
        } catch (IOException e) {
            closeQuietly(raw);
            throw failure(file, true, 0, e);
        }
    }

    /** A big-endian 32-bit header field. */
    int readInt(long expectedTotal) {
        byte[] b = new byte[4];
        readFully(b, 0, 4, expectedTotal);
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    /**
     * Fills {@code b[off, off+len)}; expectedTotal is the file's full (decompressed) size according
     * to what has been read so far, for the truncation message.
     */
    void readFully(byte[] b, int off, int len, long expectedTotal) {
        int done = 0;
        try {
            while (done < len) {
                int n = in.read(b, off + done, len - done);
                if (n < 0) {
                    throw truncated(expectedTotal, position + done);
                }
                done += n;
            }
            position += done;
        } catch (EOFException e) {
            throw truncated(expectedTotal, position + done);
        } catch (IOException e) {
            throw failure(file, gzipped, position + done, e);
        }
    }

    /** Checks that nothing follows the data; for gzip this also checks the CRC in the trailer. */
    void expectEnd(long expectedTotal) {
        try {
            if (in.read() >= 0) {
                throw new DataException(file + " has more data than its header announces: expected "
                        + expectedTotal + " bytes" + (gzipped ? " after decompression" : ""));
            }
        } catch (IOException e) {
            throw failure(file, gzipped, position, e);
        }
    }

    Path file() {
        return file;
    }

    DataException truncated(long expected, long available) {
        return new DataException(file + " is truncated: expected " + expected + " bytes"
                + (gzipped ? " after decompression" : "") + " but only " + available
                + " are available. Delete it and fetch it again.");
    }

    private static DataException failure(Path file, boolean gzipped, long position, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException("Cannot read " + file + ": no such file", e);
        }
        if (gzipped && e instanceof ZipException) {
            return new DataException(file + " is a corrupt gzip file (" + e.getMessage() + ", after "
                    + position + " decompressed bytes). Delete it and fetch it again.", e);
        }
        return new DataException("Cannot read " + file + ": " + e, e);
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing was written, so a failing close loses nothing
            }
        }
    }
}
