package fflab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import fflab.FflabException;
import fflab.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the run folders of an experiment: every folder up to {@value #MAX_DEPTH} levels down that
 * {@link RunFolderReader#isRunFolder looks like a run}; a run's own sub-folders (model/,
 * saliency/) are not searched. The experiment folder itself may be a single run.
 */
public final class ExperimentScanner {
    static final int MAX_DEPTH = 4;
    /** The names the sweep runner gives its copy of the spec and its record of the sweep. */
    static final String SPEC_YAML = "spec.yaml";
    static final String SWEEP_JSON = "sweep.json";

    private ExperimentScanner() {
    }

    /** @throws FflabException when {@code dir} is not a folder */
    public static Experiment scan(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new FflabException("results folder " + dir + " does not exist or is not a folder");
        }
        List<Run> runs = new ArrayList<>();
        collect(root, root, 0, runs);
        runs.sort(Comparator.comparing(Run::id));
        return new Experiment(root.getFileName() == null ? root.toString() : root.getFileName().toString(), root,
                spec(root), runs, sweepFile(root));
    }

    private static void collect(Path root, Path dir, int depth, List<Run> runs) {
        if (RunFolderReader.isRunFolder(dir)) {
            runs.add(RunFolderReader.read(root, dir));
            return;
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (Path child : children(dir)) {
            collect(root, child, depth + 1, runs);
        }
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** sweep.json beside the runs; a missing node when absent or unreadable. */
    private static JsonNode sweepFile(Path root) {
        Path file = root.resolve(SWEEP_JSON);
        try {
            return Files.isRegularFile(file) ? Json.readTree(file) : MissingNode.getInstance();
        } catch (RuntimeException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * The spec copy a sweep runner keeps beside the runs: spec.yaml (the exact text the sweep ran),
     * else another YAML file, spec.json or experiment.json.
     */
    private static Optional<Path> spec(Path root) {
        if (Files.isRegularFile(root.resolve(SPEC_YAML))) {
            return Optional.of(root.resolve(SPEC_YAML));
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yaml") || name.endsWith(".yml") || name.equals("spec.json")
                        || name.equals("experiment.json");
            }).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
