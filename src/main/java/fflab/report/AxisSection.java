package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.p;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy against each sweep axis: one chart per dataset and axis with the mean and 95 % t band
 * of every model and slice varying it (and, as flat lines, the configurations of models that do
 * not vary it), then the ANOVA and Kruskal-Wallis tests across the levels.
 */
final class AxisSection {
    private AxisSection() {
    }

    static DomContent body(ReportContext context) {
        ExperimentResults results = context.results();
        AxisEffects.Result axes = context.analysis().axes();
        List<DomContent> content = new ArrayList<>();
        List<String> allAxes = results.axesByModel().values().stream().flatMap(List::stream).distinct().toList();
        if (allAxes.isEmpty()) {
            content.add(context.gap("No sweep axes: apart from the seed, every run of a model has the same config."));
            return div(content.toArray(DomContent[]::new));
        }
        results.axesByModel().forEach((model, list) -> content.add(p(model + " varies: "
                + (list.isEmpty() ? "nothing" : String.join(", ", list.stream().map(FlatConfig::shortName).toList()))
                + ".")));
        if (axes.effects().isEmpty()) {
            content.add(context.gap("No axis has two levels with finished runs on the same dataset, so no axis effect "
                    + "can be shown."));
            return div(content.toArray(DomContent[]::new));
        }
        Map<String, List<AxisEffect>> byChart = new LinkedHashMap<>();
        for (AxisEffect e : axes.effects()) {
            byChart.computeIfAbsent(e.dataset() + "\u0000" + e.axis(), k -> new ArrayList<>()).add(e);
        }
        List<DomContent> figures = new ArrayList<>();
        byChart.values().forEach(effects -> figures.add(chart(context.analysis(), effects)));
        content.add(div(figures.toArray(DomContent[]::new)).withClass("figures"));
        content.add(p("Bands: 95 % t confidence interval of the mean over seeds (none with one seed). Flat lines: "
                + "configurations of a model that does not vary this axis."));
        content.add(Html.tests("Does the axis matter? (one-way ANOVA, effect eta squared; Kruskal-Wallis, effect "
                + "epsilon squared)", axes.tests()));
        return div(content.toArray(DomContent[]::new));
    }

    private static DomContent chart(ExperimentAnalysis analysis, List<AxisEffect> effects) {
        String dataset = effects.get(0).dataset();
        String axis = effects.get(0).axis();
        List<String> levels = effects.stream().flatMap(e -> e.levels().stream()).map(AxisEffect.Level::value)
                .distinct().sorted(AxisValues.ORDER).toList();
        boolean numeric = levels.stream().allMatch(v -> AxisValues.number(v).isPresent());
        List<LineCharts.Line> lines = new ArrayList<>();
        for (AxisEffect e : effects) {
            int n = e.levels().size();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            for (int i = 0; i < n; i++) {
                AxisEffect.Level level = e.levels().get(i);
                x[i] = numeric ? AxisValues.number(level.value()).getAsDouble() : levels.indexOf(level.value());
                y[i] = level.summary().mean();
                lo[i] = level.summary().tInterval95().lower();
                hi[i] = level.summary().tInterval95().upper();
            }
            lines.add(new LineCharts.Line(e.subject(), x, y, lo, hi));
        }
        double from = numeric ? AxisValues.number(levels.get(0)).getAsDouble() : 0;
        double to = numeric ? AxisValues.number(levels.get(levels.size() - 1)).getAsDouble() : levels.size() - 1;
        for (GroupSummary s : analysis.summaries()) {
            RunGroup g = s.group();
            if (g.dataset().equals(dataset) && !g.axes().containsKey(axis) && !g.finished().isEmpty()) {
                lines.add(LineCharts.Line.flat(g.name(), from, to, s.accuracy().mean(),
                        s.accuracy().tInterval95().lower(), s.accuracy().tInterval95().upper()));
            }
        }
        String title = dataset + ": test accuracy vs " + FlatConfig.shortName(axis);
        String uri = ChartImages.dataUri(LineCharts.lines(title, FlatConfig.shortName(axis), "test accuracy (%)", lines,
                numeric ? null : levels.toArray(String[]::new)));
        return Html.picture(uri, title);
    }
}
