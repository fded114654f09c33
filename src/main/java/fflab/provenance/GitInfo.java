package fflab.provenance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Which commit the code ran from, and whether it had uncommitted changes. */
public final class GitInfo {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private GitInfo() {}

    /**
     * @param commit the full hash of HEAD, or "unknown" outside a git checkout or without git
     * @param dirty  whether {@code git status --porcelain} lists anything (untracked files included)
     */
    public record GitState(String commit, boolean dirty) {
        public static final GitState UNKNOWN = new GitState("unknown", false);
    }

    public static GitState read(Path dir) {
        Optional<String> commit = Commands.output(dir, TIMEOUT, "git", "rev-parse", "HEAD");
        if (commit.isEmpty() || commit.get().isEmpty()) {
            return GitState.UNKNOWN;
        }
        boolean dirty = Commands.output(dir, TIMEOUT, "git", "status", "--porcelain")
                .map(changes -> !changes.isEmpty())
                .orElse(false);
        return new GitState(commit.get(), dirty);
    }
}
