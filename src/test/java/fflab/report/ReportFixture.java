package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tiny but real run folders, trained once per test JVM through {@code fflab train} (MNIST, 1,000
 * training images, 32-32 networks, 2 epochs): BP with seeds 1-3, FF with theta 2 (seeds 1-3) and
 * theta 5 (seeds 1-2), so theta is a sweep axis and FF pairs with BP on three seeds. Tests copy
 * what they need from here and never change it.
 */
final class ReportFixture {
    static final Path ROOT = Path.of("target", "report-fixture");
    static final Path EXPERIMENT = ROOT.resolve("tiny-sweep");
    private static boolean built;

    private ReportFixture() {
    }

    /** The experiment folder, trained on first use. */
    static synchronized Path experiment() {
        if (!built) {
            deleteTree(ROOT);
            for (int seed = 1; seed <= 3; seed++) {
                train("bp-" + seed, "--model", "bp-mlp", "--seed", "" + seed);
                train("ff-theta2-" + seed, ffArgs("2", seed));
                if (seed <= 2) {
                    train("ff-theta5-" + seed, ffArgs("5", seed));
                }
            }
            built = true;
        }
        return EXPERIMENT;
    }

    /** A fresh copy of some of the fixture's runs (all when none are named) in {@code dir}. */
    static Path copy(Path dir, String... runs) {
        Path source = experiment();
        List<String> names = runs.length > 0 ? List.of(runs) : list(source);
        for (String run : names) {
            copyTree(source.resolve(run), dir.resolve(run));
        }
        return dir;
    }

    private static String[] ffArgs(String theta, int seed) {
        return new String[] {"--model", "ff-mlp", "--seed", "" + seed, "--theta", theta, "--batch-size", "100",
            "--schedule", "simultaneous", "--resample-negatives", "--eval-every", "1"};
    }

    private static void train(String name, String... modelArgs) {
        List<String> args = new ArrayList<>(List.of("train", "--train-limit", "1000", "--validation-size", "500",
                "--hidden", "32,32", "--epochs", "2", "--threads", "2", "--out", EXPERIMENT.resolve(name).toString()));
        args.addAll(List.of(modelArgs));
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        assertThat(cl.execute(args.toArray(String[]::new))).as("fflab %s: %s", args, out).isZero();
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
