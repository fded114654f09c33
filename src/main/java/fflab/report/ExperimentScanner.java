package fflab.report;

import fflab.FflabException;
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
                spec(root), runs);
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

    /** The spec copy a sweep runner keeps beside the runs: a YAML file, or spec.json / experiment.json. */
    private static Optional<Path> spec(Path root) {
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
