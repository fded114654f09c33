package fflab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's runs organised for comparison: its sweep axes per model and its runs grouped by
 * (dataset, model, axis values), seeds being the replicates of a group. Two trainings of the same
 * config and seed (say, retrained because a saliency option changed) are one replicate: only the
 * newer one counts, and the older is listed in {@code superseded}.
 *
 * @param replicates the runs that count, one per config and seed, in id order
 * @param superseded each older training of a config and seed, mapped to the run that replaces it
 */
public record ExperimentResults(Experiment experiment, Map<String, List<String>> axesByModel,
        List<RunGroup> groups, List<Run> replicates, Map<Run, Run> superseded) {

    /** Groups sorted by dataset, then FF before BP before others, then model and axis values. */
    static final Comparator<RunGroup> GROUP_ORDER = Comparator.comparing(RunGroup::dataset)
            .thenComparing(RunGroup::method).thenComparing(RunGroup::model)
            .thenComparing(RunGroup::axes, (a, b) -> {
                for (String key : a.keySet()) {
                    int c = AxisValues.ORDER.compare(a.get(key), b.getOrDefault(key, AxisValues.UNSET));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });

    public static ExperimentResults load(Path dir) {
        return of(ExperimentScanner.scan(dir));
    }

    public static ExperimentResults of(Experiment experiment) {
        Map<Run, Run> superseded = new LinkedHashMap<>();
        List<Run> replicates = Replicates.newestPerConfigAndSeed(experiment.runs(), superseded);
        Map<String, List<String>> axes = SweepAxes.byModel(replicates);
        Map<RunGroup, List<Run>> byKey = new LinkedHashMap<>(); // keys are empty groups: equal on the config
        for (Run run : replicates) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String axis : axes.getOrDefault(run.model(), List.of())) {
                values.put(axis, run.config().getOrDefault(axis, AxisValues.UNSET));
            }
            byKey.computeIfAbsent(new RunGroup(run.dataset(), run.model(), values, List.of()), k -> new ArrayList<>())
                    .add(run);
        }
        List<RunGroup> groups = new ArrayList<>();
        byKey.forEach((key, runs) -> groups.add(new RunGroup(key.dataset(), key.model(), key.axes(), runs)));
        groups.sort(GROUP_ORDER);
        return new ExperimentResults(experiment, axes, List.copyOf(groups), replicates,
                Collections.unmodifiableMap(superseded));
    }

    public List<String> datasets() {
        return groups.stream().map(RunGroup::dataset).distinct().toList();
    }

    public List<RunGroup> groups(String dataset) {
        return groups.stream().filter(g -> g.dataset().equals(dataset)).toList();
    }
}
