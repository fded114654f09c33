package fflab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** SHA-256 of dataset files against the checksums embedded in fflab (copies of each dataset's SHA256SUMS). */
public final class Checksums {
    private Checksums() {
    }

    /** Lower-case hex SHA-256 of a file. */
    public static String sha256(Path file) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + " to check its SHA-256: " + e, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** File name to lower-case hex SHA-256, from the resource {@code fflab/data/<id>.sha256} ({@code sha256sum} format). */
    public static Map<String, String> expected(DatasetId id) {
        String resource = id.id() + ".sha256";
        InputStream in = Checksums.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource fflab/data/" + resource);
        }
        Map<String, String> sums = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2) {
                    sums.put(parts[1], parts[0].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(sums);
    }

    /** The expected hash of one file of a dataset, by file name. */
    static String expected(DatasetId id, String fileName) {
        Map<String, String> sums = expected(id);
        String hash = sums.get(fileName);
        if (hash == null) {
            throw new DataException(fileName + " is not a file of " + id.id() + "; known files: "
                    + String.join(", ", sums.keySet()));
        }
        return hash;
    }

    /** Checks a file of the dataset against its embedded checksum. */
    public static void verify(DatasetId id, Path file) {
        verified(id, file);
    }

    /** Verifies like {@link #verify} and returns the hash, so callers that record it hash only once. */
    static String verified(DatasetId id, Path file) {
        String expected = expected(id, file.getFileName().toString());
        String actual = sha256(file);
        if (!expected.equals(actual)) {
            throw mismatch(file.toString(), expected, actual,
                    "The file is damaged or not the original; delete it and fetch it again with: "
                            + DataDirectory.fetchCommand(id));
        }
        return actual;
    }

    static DataException mismatch(String what, String expected, String actual, String advice) {
        return new DataException("Checksum mismatch for " + what + "\n  expected SHA-256: " + expected
                + "\n  actual SHA-256:   " + actual + "\n" + advice);
    }
}
