package fflab.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;

/**
 * The git commit and dirty flag of the fflab build that is running, never of the folder it runs
 * in: the build stamps them into {@value #STAMP} (pom.xml, execution {@code stamp-git-commit});
 * classes without the stamp (an IDE build) read git at their own location, the checkout they
 * were compiled in.
 */
public final class BuildInfo {
    static final String STAMP = "/fflab/build-git.properties";
    private static final GitInfo.GitState STATE = load();

    private BuildInfo() {}

    /** The commit fflab was built from, and whether its checkout had uncommitted changes then. */
    public static GitInfo.GitState git() {
        return STATE;
    }

    private static GitInfo.GitState load() {
        return stamped().orElseGet(() -> installLocation().map(GitInfo::read).orElse(GitInfo.GitState.UNKNOWN));
    }

    /** The build's stamp, or empty when the classes have none. */
    static Optional<GitInfo.GitState> stamped() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(STAMP)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            String commit = p.getProperty("commit", "").strip();
            if (commit.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new GitInfo.GitState(commit, Boolean.parseBoolean(p.getProperty("dirty", "false"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The folder holding fflab's classes or jar (target/classes, target/), or empty when unknown. */
    static Optional<Path> installLocation() {
        try {
            CodeSource source = BuildInfo.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.of(Files.isDirectory(location) ? location : location.getParent());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
