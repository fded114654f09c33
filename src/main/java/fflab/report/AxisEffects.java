package fflab.report;

import fflab.stats.GroupTests;
import fflab.stats.SmallSamples;
import fflab.stats.Verdicts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each sweep axis matters: for every dataset, model and axis, the configurations are
 * split by the values of the model's other axes, and within each such slice one-way ANOVA and
 * Kruskal-Wallis compare the levels of the axis (seeds as replicates; n in a note is the
 * smallest level's). All these tests form one family for the multiple-comparison correction.
 */
public final class AxisEffects {
    private AxisEffects() {
    }

    public record Result(List<AxisEffect> effects, TestTable tests) {
    }

    public static Result compute(ExperimentResults results, ReportOptions options) {
        List<AxisEffect> effects = new ArrayList<>();
        for (String dataset : results.datasets()) {
            results.axesByModel().forEach((model, axes) -> {
                List<RunGroup> groups = results.groups(dataset).stream().filter(g -> g.model().equals(model))
                        .toList();
                for (String axis : axes) {
                    effects.addAll(effectsOf(dataset, model, axis, groups, options));
                }
            });
        }
        List<TestRow> rows = new ArrayList<>();
        for (AxisEffect e : effects) {
            List<double[]> samples = e.levels().stream().map(AxisEffect.Level::accuracies).toList();
            String over = Fmt.count(e.levels().size(), "level") + ", "
                    + Fmt.count(samples.stream().mapToInt(s -> s.length).sum(), "run");
            TestRow.Verdict verdict = (p, alpha, correction) -> Verdicts.across(FlatConfig.shortName(e.axis()),
                    e.subject(), p, alpha, correction);
            String subject = e.subject() + ": " + FlatConfig.shortName(e.axis());
            int smallest = samples.stream().mapToInt(s -> s.length).min().orElse(0);
            int[] sizes = samples.stream().mapToInt(s -> s.length).toArray();
            rows.add(new TestRow(subject, over, SmallSamples.require(GroupTests.oneWayAnova(samples), smallest,
                    SmallSamples.MIN_PER_GROUP_ANOVA, "runs per level"), verdict,
                    SmallSamples.MIN_PER_GROUP_ANOVA + " per level", 0));
            rows.add(new TestRow(subject, over, SmallSamples.require(GroupTests.kruskalWallis(samples), smallest,
                    SmallSamples.MIN_PER_GROUP_KRUSKAL, "runs per level"), verdict,
                    SmallSamples.MIN_PER_GROUP_KRUSKAL + " per level", SmallSamples.smallestPKruskalWallis(sizes)));
        }
        return new Result(effects, TestTable.of(rows, options));
    }

    /** One effect per slice with at least two levels that have finished runs. */
    private static List<AxisEffect> effectsOf(String dataset, String model, String axis, List<RunGroup> groups,
            ReportOptions options) {
        Map<String, List<RunGroup>> slices = new LinkedHashMap<>();
        for (RunGroup g : groups) {
            slices.computeIfAbsent(slice(g, axis), s -> new ArrayList<>()).add(g);
        }
        List<AxisEffect> effects = new ArrayList<>();
        slices.forEach((slice, members) -> {
            List<AxisEffect.Level> levels = members.stream().filter(g -> !g.finished().isEmpty())
                    .sorted((a, b) -> AxisValues.ORDER.compare(a.axes().get(axis), b.axes().get(axis)))
                    .map(g -> {
                        double[] acc = GroupSummary.accuracies(g.finished());
                        return new AxisEffect.Level(g.axes().get(axis), acc, GroupSummary.summarise(acc, options));
                    }).toList();
            if (levels.size() >= 2) {
                effects.add(new AxisEffect(dataset, model, axis, slice, levels));
            }
        });
        return effects;
    }

    /** The group's values of every axis but {@code axis}. */
    private static String slice(RunGroup g, String axis) {
        Map<String, String> others = new LinkedHashMap<>(g.axes());
        others.remove(axis);
        return FlatConfig.label(others);
    }
}
