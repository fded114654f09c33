package fflab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An experiment folder: its run folders and, when a sweep runner wrote them, a copy of the spec
 * and sweep.json.
 *
 * @param name  the folder's name, e.g. "ff-vs-bp"
 * @param runs  every run folder found, finished or not, sorted by id
 * @param sweep sweep.json (its {@code scale} and {@code sets}); a missing node when absent
 */
public record Experiment(String name, Path dir, Optional<Path> spec, List<Run> runs, JsonNode sweep) {
    public Experiment {
        runs = List.copyOf(runs);
    }

    public List<Run> finishedRuns() {
        return runs.stream().filter(Run::finished).toList();
    }
}
