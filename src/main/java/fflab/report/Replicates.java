package fflab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One replicate per config and seed. A run folder's identity for this is its config.json without
 * the options computed on a trained model ({@link FlatConfig#isPostTraining}: saliency, CAM,
 * evaluation subsets) plus its seed: two folders that agree on it trained the same model, so
 * counting both would add a seed that was never run (a falsely narrow interval, a confusion
 * matrix counted twice). Of such finished folders the one that finished last is kept; failed and
 * unfinished folders are never merged (they are no replicate, and the report lists why).
 */
final class Replicates {
    private Replicates() {
    }

    /**
     * The runs that count, in the input's order; {@code superseded} receives each older run and
     * the one kept in its place.
     */
    static List<Run> newestPerConfigAndSeed(List<Run> runs, Map<Run, Run> superseded) {
        Map<String, List<Run>> byKey = new LinkedHashMap<>();
        for (Run r : runs) {
            byKey.computeIfAbsent(r.finished() ? key(r) : "\u0000" + r.id(), k -> new ArrayList<>()).add(r);
        }
        Map<Run, Run> keptFor = new LinkedHashMap<>();
        byKey.values().forEach(same -> {
            Run kept = same.stream().max(Comparator.comparing(Run::finishedAt).thenComparing(Run::id))
                    .orElseThrow();
            same.forEach(r -> keptFor.put(r, kept));
        });
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            Run kept = keptFor.get(r);
            if (kept == r) {
                out.add(r);
            } else {
                superseded.put(r, kept);
            }
        }
        return List.copyOf(out);
    }

    /** Sorted "key=value" pairs of the config that trains the model, seed included. */
    static String key(Run r) {
        if (r.config().isEmpty()) {
            return "\u0000" + r.id(); // nothing to compare: the folder is its own replicate
        }
        Map<String, String> training = new TreeMap<>();
        r.config().forEach((k, v) -> {
            if (!FlatConfig.isPostTraining(k)) {
                training.put(k, v);
            }
        });
        return training.toString();
    }
}
