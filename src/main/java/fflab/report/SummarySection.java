package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.p;
import static j2html.TagCreator.td;

import fflab.stats.SmallSamples;
import j2html.tags.DomContent;
import j2html.tags.specialized.TdTag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One row per configuration: test accuracy over the seeds with both 95 % intervals, macro F1,
 * runs and time. Per dataset the highest mean accuracy and macro F1 and the lowest time are
 * marked with a star.
 */
final class SummarySection {
    static final String BEST = "\u2605";

    private SummarySection() {
    }

    static DomContent body(ReportContext context) {
        List<GroupSummary> summaries = context.analysis().summaries();
        ReportOptions o = context.options();
        List<DomContent> content = new ArrayList<>();
        content.add(p("Test accuracy in percent, mean over the seeds (replicates) of each configuration, with 95 % "
                + "confidence intervals for the mean: Student's t (from 2 runs) and the percentile bootstrap ("
                + o.resamples() + " resamples, seed " + o.bootstrapSeed() + "; from " + SmallSamples.MIN_BOOTSTRAP
                + " runs: with fewer it is close to the min-max range and too narrow). " + BEST + " marks the best "
                + "value per dataset. Runs count distinct seeds: a config and seed trained twice counts once."));
        for (GroupSummary s : summaries) {
            int finished = s.group().finished().size();
            if (finished == 1) {
                context.gap(s.group().title() + ": only one finished run, so no confidence interval.");
            } else if (finished == 0) {
                context.gap(s.group().title() + ": no finished run.");
            }
        }
        content.add(Html.dataTable("Configurations", List.of("dataset", "model", "config", "runs", "accuracy %",
                "sd", "95 % CI (t)", "95 % CI (bootstrap)", "macro F1", "time per run"), summaries,
                s -> row(s, summaries)));
        return div(content.toArray(DomContent[]::new));
    }

    private static List<TdTag> row(GroupSummary s, List<GroupSummary> all) {
        RunGroup g = s.group();
        String config = g.configLabel().isEmpty() ? "(no sweep axis)" : g.configLabel();
        return List.of(Html.cell(g.dataset()), Html.cell(g.model()), Html.cell(config),
                Html.number(g.finished().size() + " of " + g.runs().size()),
                marked(Fmt.percent(s.accuracy().mean()), isBest(s, all, x -> x.accuracy().mean(), true)),
                Html.number(Fmt.percent(s.accuracy().sd())),
                Html.number(Fmt.interval(s.accuracy().tInterval95())),
                Html.number(s.accuracy().bootstrapInterval95().isDefined()
                        ? Fmt.interval(s.accuracy().bootstrapInterval95())
                        : SmallSamples.notTestable(s.accuracy().n()).replace("not testable", "not computed")),
                marked(Fmt.fixed(s.macroF1(), 4), isBest(s, all, GroupSummary::macroF1, true)),
                marked(Fmt.duration(s.meanSeconds()), isBest(s, all, GroupSummary::meanSeconds, false)));
    }

    /** Whether {@code s} has the best value of its dataset (ties all count; NaN never does). */
    private static boolean isBest(GroupSummary s, List<GroupSummary> all, ToDoubleFunction<GroupSummary> value,
            boolean higher) {
        double mine = value.applyAsDouble(s);
        if (Double.isNaN(mine) || s.group().finished().isEmpty()) {
            return false;
        }
        return all.stream().filter(o -> o.group().dataset().equals(s.group().dataset()))
                .mapToDouble(value).filter(v -> !Double.isNaN(v)).allMatch(v -> higher ? v <= mine : v >= mine);
    }

    private static TdTag marked(String text, boolean best) {
        return best ? td(text + " " + BEST).withClass("num best") : Html.number(text);
    }
}
