package fflab.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An experiment folder: its run folders and, when a sweep runner wrote one, a copy of the spec.
 *
 * @param name the folder's name, e.g. "ff-vs-bp"
 * @param runs every run folder found, finished or not, sorted by id
 */
public record Experiment(String name, Path dir, Optional<Path> spec, List<Run> runs) {
    public Experiment {
        runs = List.copyOf(runs);
    }

    public List<Run> finishedRuns() {
        return runs.stream().filter(Run::finished).toList();
    }
}
