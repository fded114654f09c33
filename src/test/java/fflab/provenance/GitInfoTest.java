package fflab.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Git state in the provenance")
class GitInfoTest {
    @TempDir
    Path dir;

    @Test
    void outsideAGitCheckoutTheStateIsUnknown() {
        assertThat(GitInfo.read(dir)).isEqualTo(new GitInfo.GitState("unknown", false));
    }

    @Test
    void missingDirectoryIsUnknownToo() {
        assertThat(GitInfo.read(dir.resolve("absent"))).isEqualTo(GitInfo.GitState.UNKNOWN);
    }

    @Test
    void readsHeadAndDirtiness() throws Exception {
        assumeTrue(git("--version") == 0, "git is not installed");
        assertThat(git("init", "-q")).isZero();
        Files.writeString(dir.resolve("a.txt"), "a");
        assertThat(git("add", "a.txt")).isZero();
        assertThat(git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "one")).isZero();

        GitInfo.GitState clean = GitInfo.read(dir);
        assertThat(clean.commit()).matches("[0-9a-f]{40}");
        assertThat(clean.dirty()).isFalse();

        Files.writeString(dir.resolve("a.txt"), "changed");
        GitInfo.GitState dirty = GitInfo.read(dir);
        assertThat(dirty.commit()).isEqualTo(clean.commit());
        assertThat(dirty.dirty()).isTrue();
    }

    private int git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // git missing
        }
    }
}
