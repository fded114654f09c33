package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qameta.allure.Allure;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in Debian's headless Chromium, when installed (skipped otherwise): it must
 * load without console messages (script errors, blocked loads) and render; the screenshot is
 * kept as target/report-screenshot.png. A control page that logs to the console first proves
 * that console messages are seen at all.
 */
@DisplayName("Report in a headless Chromium")
class HeadlessBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");
    static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    @DisplayName("loads with no console errors, renders the header and charts, screenshot kept under target/")
    void rendersWithoutConsoleErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed; apt-get install chromium");
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<html><body><script>console.error('fflab-control')</script></body></html>");
        assertThat(chromium(control, "--screenshot=" + dir.resolve("control.png")).log())
                .as("the console check sees console messages").contains("CONSOLE").contains("fflab-control");

        Path html = RenderedReport.of(ReportFixture.experiment(), dir.resolve("report/index.html")).file();
        Files.deleteIfExists(SCREENSHOT);
        Result shot = chromium(html, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,3000");
        assertThat(shot.code()).as(shot.log()).isZero();
        assertThat(consoleLines(shot.log())).as("console messages").isEmpty();
        assertThat(shot.log()).doesNotContain("Page load failed").doesNotContain("Refused to");
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image).isNotNull();
        assertThat(colours(image)).as("a rendered page, not a blank one").isGreaterThan(50);
        Allure.addAttachment("report screenshot (first 3000 px)", "image/png", Files.newInputStream(SCREENSHOT),
                ".png");

        Result dom = chromium(html, "--dump-dom");
        assertThat(dom.code()).isZero();
        assertThat(dom.stdout()).contains("<h1>fflab report: tiny-sweep</h1>").contains("id=\"summary\"");
    }

    private record Result(int code, String stdout, String log) {
    }

    private Result chromium(Path page, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(extra));
        command.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> consoleLines(String log) {
        return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }

    private static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
