package fflab.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The git commit of the fflab build, wherever fflab runs")
class BuildInfoTest {
    /** The checkout these classes were built from: surefire runs in the project folder. */
    private static final Path CHECKOUT = Path.of("").toAbsolutePath();

    @Test
    void theBuildStampsItsCommit() throws Exception {
        String head = git(CHECKOUT, "rev-parse", "HEAD");
        assumeTrue(head != null, "git is not installed or this is not a checkout");
        assertThat(BuildInfo.stamped()).as("the stamp written by the build").isPresent();
        assertThat(BuildInfo.git().commit()).isEqualTo(head);
    }

    @Test
    void withoutTheStampGitIsReadWhereTheClassesAre() throws Exception {
        String head = git(CHECKOUT, "rev-parse", "HEAD");
        assumeTrue(head != null, "git is not installed or this is not a checkout");
        Path classes = BuildInfo.installLocation().orElseThrow();
        assertThat(classes).isDirectory();
        assertThat(GitInfo.read(classes).commit()).isEqualTo(head);
    }

    @Test
    void startedInsideAnotherRepositoryItStillRecordsFflabsCommit(@TempDir Path other) throws Exception {
        String head = git(CHECKOUT, "rev-parse", "HEAD");
        assumeTrue(head != null, "git is not installed or this is not a checkout");
        assertThat(git(other, "init", "-q")).isNotNull();
        Files.writeString(other.resolve("a.txt"), "a");
        git(other, "add", "a.txt");
        git(other, "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m",
                "other");
        String otherHead = git(other, "rev-parse", "HEAD");
        assertThat(otherHead).isNotEqualTo(head);

        assertThat(probeIn(other)).startsWith(head + " ");
    }

    @Test
    void startedOutsideAnyRepositoryItStillRecordsFflabsCommit(@TempDir Path elsewhere) throws Exception {
        String head = git(CHECKOUT, "rev-parse", "HEAD");
        assumeTrue(head != null, "git is not installed or this is not a checkout");
        assertThat(probeIn(elsewhere)).startsWith(head + " ");
    }

    /** What BuildInfoProbe prints in a child JVM whose working directory is {@code dir}. */
    private static String probeIn(Path dir) throws Exception {
        String classPath = String.join(File.pathSeparator, location(BuildInfo.class), location(BuildInfoProbe.class));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-cp", classPath, BuildInfoProbe.class.getName()))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** The trimmed output of git in {@code dir}, or null when it fails or git is missing. */
    private static String git(Path dir, String... args) throws InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
