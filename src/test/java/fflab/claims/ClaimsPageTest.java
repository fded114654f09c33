package fflab.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fflab.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * make reproduce's last steps on a small real results tree: tiny versions of three reproduction
 * specs (MNIST, 300-1,000 training images, 1-4 epochs, 2 seeds) run by {@code fflab reproduce} (sweeps
 * and CAM figures), their reports, then {@code fflab claims} with the shipped claims.yaml.
 */
class ClaimsPageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHIPPED_CLAIMS = Path.of("experiments", "claims", "claims.yaml");
    static final String DATA = """
            dataset: mnist
            seed: [1, 2]
            scale: cpu
            scales: {cpu: {}}
            """;
    static final String SMALL_DATA = "data: {train_limit: 300, validation_size: 200, probe_train_size: 100}\n";
    /** enough steps (4 x 50 of 20 images) for the layers' accuracy to move, so that it correlates */
    static final String DYNAMICS_DATA = "data: {train_limit: 1000, validation_size: 300, probe_train_size: 100}\n";
    static final String SALIENCY = """
            name: paper-mnist
            models:
              ff-mlp: {hidden: [16, 16], epochs: 1, batch_size: 50, schedule: sequential, eval_every: 1}
              bp-mlp: {hidden: [16, 16], epochs: 1, batch_size: 50}
            saliency: {filters: [3], evaluation: subset, evaluation_size: 20, per_class: false}
            """ + SMALL_DATA;
    static final String DYNAMICS = """
            name: training-dynamics
            models:
              ff-mlp: {hidden: [[32, 32], [32, 32, 32]], schedule: simultaneous, epochs: 4, batch_size: 20,
                       eval_every: 1}
            """ + DYNAMICS_DATA;
    static final String CNN = """
            name: ff-cnn
            models:
              ff-cnn: {filters: [4], epochs: [0, 1], readout_epochs: 1, batch_size: 50, eval_every: 0}
              bp-cnn: {filters: [4], epochs: 1, batch_size: 50}
            """ + SMALL_DATA;

    @TempDir
    static Path root;
    static Path results;
    static Path reports;
    static Path page;
    static String html;
    static String reproduceOutput;

    @BeforeAll
    static void reproduceTinyTree() throws IOException {
        results = root.resolve("results");
        reports = root.resolve("reports");
        List<String> specs = new ArrayList<>();
        for (String[] spec : new String[][] {{"paper-mnist", SALIENCY}, {"training-dynamics", DYNAMICS},
            {"ff-cnn", CNN}}) {
            Path file = root.resolve(spec[0] + ".yaml");
            Files.writeString(file, spec[1] + DATA);
            specs.add(file.toString());
        }
        List<String> args = new ArrayList<>(List.of("reproduce", "--scale", "cpu", "--results", results.toString()));
        args.addAll(specs);
        reproduceOutput = fflab(args.toArray(String[]::new));
        for (String name : List.of("paper-mnist", "training-dynamics", "ff-cnn")) {
            fflab("report", results.resolve(name).toString(), "--out", reports.resolve(name).resolve("index.html")
                    .toString());
        }
        page = reports.resolve("index.html");
        fflab("claims", "--claims", SHIPPED_CLAIMS.toString(), "--results", results.toString(), "--reports",
                reports.toString());
        html = Files.readString(page, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("one row per claim of claims.yaml, each with one of the three verdicts and the rule stated")
    void claimsTableHasEveryClaim() {
        ClaimsFile claims = ClaimsFile.read(SHIPPED_CLAIMS);
        assertThat(html).contains("id=\"claims\"").contains("How to read a verdict");
        List<String> verdicts = matches(Pattern.compile("data-verdict=\"([^\"]+)\""), html);
        assertThat(verdicts).hasSize(claims.claims().size())
                .allMatch(v -> v.equals("reproduced") || v.equals("not reproduced")
                        || v.equals("not comparable at this scale"));
        assertThat(matches(Pattern.compile("data-claim=\"([^\"]+)\""), html))
                .containsExactlyElementsOf(claims.claims().stream().map(Claim::id).toList());
        assertThat(reproduceOutput).contains("reproduce: 3 specs");
    }

    @Test
    @DisplayName("the measured rows are read from the run folders: dynamics, ADS, CAM and the gaps have numbers")
    void measuredFromRunFolders() throws IOException {
        ClaimsFile claims = ClaimsFile.read(SHIPPED_CLAIMS);
        for (Claim c : claims.claims()) {
            Measurement m = Measurement.of(c, c.experiment().equals("paper-fashion") ? null
                    : fflab.report.ExperimentResults.load(results.resolve(c.experiment())));
            if (c.experiment().equals("paper-fashion")) {
                assertThat(m.summary()).as(c.id()).isNull();
                assertThat(m.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
            } else {
                assertThat(m.summary()).as(c.id() + ": " + m.note()).isNotNull();
                assertThat(m.values()).as(c.id()).isGreaterThanOrEqualTo(2);
                assertThat(m.scale()).as(c.id()).isEqualTo("cpu");
                if (c.onlyAtPaperScale()) {
                    assertThat(m.verdict()).as(c.id()).isEqualTo(Verdict.NOT_COMPARABLE);
                }
            }
        }
        try (var runs = Files.list(results.resolve("ff-cnn"))) {
            assertThat(runs.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve("cam/cam.png"))))
                    .hasSize(6);
        }
    }

    @Test
    @DisplayName("reproduce resumes: run again on the finished tree, it trains nothing and redraws no CAM")
    void resumes() throws IOException {
        List<String> args = new ArrayList<>(List.of("reproduce", "--scale", "cpu", "--results", results.toString()));
        for (String name : List.of("paper-mnist", "training-dynamics", "ff-cnn")) {
            args.add(root.resolve(name + ".yaml").toString());
        }
        String again = fflab(args.toArray(String[]::new));
        assertThat(again).contains("0 runs to do").contains("ff-cnn: every run is done").doesNotContain("CAM of");
    }

    @Test
    @DisplayName("the training-dynamics report has the layer lag and correlation table, one row per layer")
    void dynamicsSection() throws IOException {
        String report = Files.readString(reports.resolve("training-dynamics").resolve("index.html"));
        int start = report.indexOf("id=\"layer-dynamics\"");
        assertThat(start).isPositive();
        String section = report.substring(start, report.indexOf("</section>", start));
        assertThat(section).contains("Pearson r [95 % CI]").contains("Spearman").contains("behind layer 1");
        // two configurations (2 and 3 layers): 5 layer rows
        assertThat(section.split("<tr>", -1).length - 2).isEqualTo(5);
    }

    @Test
    @DisplayName("every link resolves to a file beside the page or an id in it; nothing external")
    void everyLinkResolves() {
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
        List<String> links = matches(Pattern.compile("(?:href|src)=\"([^\"]+)\""), html);
        assertThat(links).as("the three reports are linked").hasSizeGreaterThanOrEqualTo(3);
        for (String link : links) {
            String target = link.replaceFirst("#.*$", "");
            if (target.isEmpty()) {
                assertThat(html).as(link).contains("id=\"" + link.substring(1) + "\"");
            } else {
                assertThat(URI.create(target).getScheme()).as(link).isNull();
                assertThat(page.getParent().resolve(target)).as(link).isRegularFile();
            }
        }
    }

    @Test
    @DisplayName("loads in headless Chromium with the claims table and no console errors")
    void opensInChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed; apt-get install chromium");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(root, "profile"), "--enable-logging=stderr", "--v=0",
                "--dump-dom", page.toAbsolutePath().toUri().toString());
        Path out = root.resolve("dom.html");
        Path err = root.resolve("chromium.log");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        String dom = Files.readString(out);
        String log = Files.readString(err);
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(dom).contains("id=\"claims\"").contains("data-verdict=");
        assertThat(log.lines().filter(l -> l.contains(":CONSOLE"))).as("console messages").isEmpty();
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String fflab(String... args) {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int code = cl.execute(args);
        assertThat(code).as("fflab %s: %s", List.of(args), out).isZero();
        return out.toString();
    }
}
