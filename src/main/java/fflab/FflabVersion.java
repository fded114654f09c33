package fflab;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** fflab's own version, filtered into a resource by Maven at build time. */
public final class FflabVersion {
    private static final String VERSION = load();

    private FflabVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = FflabVersion.class.getResourceAsStream("/fflab/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
