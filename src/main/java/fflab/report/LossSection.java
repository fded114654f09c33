package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.p;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;

/** Training loss per layer over the epochs (the FF saliency paper's figure 3), mean over seeds. */
final class LossSection {
    private LossSection() {
    }

    static DomContent body(ReportContext context) {
        List<DomContent> figures = new ArrayList<>();
        context.analysis().dynamics().loss().forEach((g, curves) -> {
            if (!curves.isEmpty()) {
                figures.add(CurveCharts.figure(g.title() + " (" + Fmt.count(g.finished().size(), "run") + ")", "training loss",
                        curves));
            } else if (!g.finished().isEmpty()) {
                context.gap(g.title() + ": no history.csv, so no loss curves.");
            }
        });
        return div(p("Mean training loss of each layer per epoch over the seeds (band: lowest to highest seed): FF layers each minimise their own loss; a BP "
                + "network has one loss (\"network\")."),
                figures.isEmpty() ? Html.missing("No loss curves: no finished run has a history.csv.")
                        : div(figures.toArray(DomContent[]::new)).withClass("figures"));
    }
}
