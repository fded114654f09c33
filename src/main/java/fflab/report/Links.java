package fflab.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Relative links from the report to folders, so that the report and the results can move together. */
final class Links {
    private Links() {
    }

    /**
     * The relative URL of {@code folder} seen from {@code from}, ending in "/"; characters that
     * URLs do not allow are percent-encoded, and "./" guards a first segment with a colon.
     */
    static String relative(Path from, Path folder) {
        Path rel = from.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize());
        String path = rel.toString().replace('\\', '/');
        path = path.isEmpty() ? "./" : path + "/";
        if (path.split("/", 2)[0].contains(":")) {
            path = "./" + path;
        }
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to " + folder, e);
        }
    }
}
