package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Training dynamics: per-layer validation accuracy over training, when each layer reaches a
 * fraction of its final accuracy, and how layer 1's accuracy correlates with the model's.
 */
final class DynamicsSection {
    private DynamicsSection() {
    }

    static DomContent body(ReportContext context) {
        TrainingDynamics d = context.analysis().dynamics();
        List<DomContent> content = new ArrayList<>();
        content.add(p("Validation accuracy of the whole model and of each FF layer alone (its own goodness), mean "
                + "over the seeds of each configuration; the band runs from the lowest to the highest seed at each epoch. Epochs count from the start of training, so the stages of "
                + "sequential training follow one another."));
        List<DomContent> figures = new ArrayList<>();
        d.accuracy().forEach((g, curves) -> {
            if (curves.isEmpty()) {
                if (!g.finished().isEmpty()) {
                    context.gap(g.title() + ": no accuracy.csv, so no learning curves.");
                }
            } else {
                figures.add(CurveCharts.figure(g.title() + " (" + Fmt.count(g.finished().size(), "run") + ")",
                        "validation accuracy (%)", curves));
            }
        });
        content.add(figures.isEmpty() ? Html.missing("No learning curves: no finished run has an accuracy.csv.")
                : div(figures.toArray(DomContent[]::new)).withClass("figures"));
        content.add(h3("When each layer learns"));
        double percent = 100 * context.options().lagFraction();
        content.add(p("The first epoch at which each layer reaches " + Fmt.fixed(percent, 0) + " % of its final "
                + "validation accuracy; deeper layers lagging shallow ones shows as later epochs. \"never\": the "
                + "curve did not get there before its end."));
        content.add(d.lags().isEmpty() ? Html.missing("No learning curves to measure.")
                : Html.dataTable("Epoch to " + Fmt.fixed(percent, 0) + " % of the final accuracy",
                        List.of("configuration", "curve", "epoch per run", "mean epoch"), d.lags(),
                        l -> List.of(Html.cell(l.group().title()), Html.cell(l.layer()),
                                Html.cell(l.epochsPerRun().stream().map(e -> e < 0 ? "never" : e.toString())
                                        .collect(Collectors.joining(", "))),
                                Html.number(Fmt.fixed(l.meanEpoch(), 1)))));
        content.add(h3("Layer 1 and the whole model"));
        content.add(p("Pearson and Spearman correlation between the accuracy of layer 1 alone and the model's: "
                + "across the seeds of each FF configuration (final test accuracies; runs of different configurations are not pooled, so a config that moves both cannot make the correlation) and over training (mean validation "
                + "curves of a configuration, one point per epoch; successive epochs are not independent, so read "
                + "these p-values as descriptive)."));
        content.add(d.correlations().isEmpty()
                ? context.gap("No layer correlations: they need finished FF runs with per-layer accuracies.")
                : Html.tests("Correlations of layer-1 and model accuracy", d.correlations()));
        return div(content.toArray(DomContent[]::new));
    }
}
