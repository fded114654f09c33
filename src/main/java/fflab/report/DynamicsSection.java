package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;

/**
 * Training dynamics: per-layer validation accuracy over training, and how layer 1's final accuracy
 * correlates with the model's across seeds (lags and correlations over training: {@link LayerDynamicsSection}).
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
        content.add(p("When each layer reaches its final accuracy, and how each layer's accuracy follows the "
                + "model's over training, are in the next section, \"Layer lag and correlation\"."));
        content.add(h3("Layer 1 and the whole model"));
        content.add(p("Pearson and Spearman correlation between the final test accuracy of layer 1 alone and the "
                + "model's across the seeds of each FF configuration (runs of different configurations are not "
                + "pooled, so a config that moves both cannot make the correlation)."));
        content.add(d.correlations().isEmpty()
                ? context.gap("No layer correlations: they need finished FF runs with per-layer accuracies.")
                : Html.tests("Correlations of layer-1 and model accuracy", d.correlations()));
        return div(content.toArray(DomContent[]::new));
    }
}
