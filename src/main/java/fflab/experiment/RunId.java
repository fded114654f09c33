package fflab.experiment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A run's identity: the first 12 hex digits (48 bits) of the SHA-256 of its canonical training
 * config ({@link RunConfig#training()}: saliency options are not part of it). The same config
 * always gives the same id, so a rerun finds its earlier result; 48 bits make a collision between
 * two runs of even a million-run sweep unlikely (about 2e-3).
 *
 * <p>Ids of runs whose spec had a {@code saliency:} block changed once, in issue 19: they used to
 * hash the saliency options too ({@link #legacyOf}); a sweep adopts such finished folders.
 */
public record RunId(String value) implements Comparable<RunId> {
    public static final int HEX_DIGITS = 12;
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{" + HEX_DIGITS + "}");

    public RunId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a run id is " + HEX_DIGITS + " lower-case hex digits, got " + value);
        }
    }

    public static RunId of(RunConfig config) {
        return hash(config.training());
    }

    /** The id before issue 19, which hashed the saliency options as well; equals {@link #of} without them. */
    public static RunId legacyOf(RunConfig config) {
        return hash(config);
    }

    private static RunId hash(RunConfig config) {
        return new RunId(sha256Hex(config.canonicalJson()).substring(0, HEX_DIGITS));
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, in lower-case hex. */
    public static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static boolean isRunId(String s) {
        return FORMAT.matcher(s).matches();
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    @Override
    public int compareTo(RunId o) {
        return value.compareTo(o.value);
    }
}
