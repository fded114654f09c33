package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.p;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;

/** The test confusion matrix of each configuration, summed over its finished runs. */
final class ConfusionSection {
    private ConfusionSection() {
    }

    static DomContent body(ReportContext context) {
        List<DomContent> figures = new ArrayList<>();
        for (RunGroup g : context.results().groups()) {
            long[][] sum = sum(g.finished());
            if (sum != null) {
                figures.add(Html.picture(ChartImages.dataUri(Heatmaps.confusion(g.title(), sum), 480, 420),
                        g.title() + ": test confusion matrix, " + Fmt.count(g.finished().size(), "seed")
                                + " summed (each seed once)"));
            }
        }
        return div(p("Rows: true label; columns: predicted label; counts summed over the seeds, colour = share of "
                + "the true label's images."),
                figures.isEmpty() ? context.gap("No confusion matrices: no finished run has one in metrics.json.")
                        : div(figures.toArray(DomContent[]::new)).withClass("figures"));
    }

    /** The element-wise sum, or null when no run has a square matrix of the same size as the first. */
    static long[][] sum(List<Run> runs) {
        long[][] total = null;
        for (Run r : runs) {
            List<List<Long>> m = r.result().test().confusion();
            if (m == null || m.isEmpty() || m.stream().anyMatch(row -> row.size() != m.size())) {
                continue;
            }
            if (total == null) {
                total = new long[m.size()][m.size()];
            }
            if (total.length != m.size()) {
                continue;
            }
            for (int i = 0; i < m.size(); i++) {
                for (int j = 0; j < m.size(); j++) {
                    total[i][j] += m.get(i).get(j);
                }
            }
        }
        return total;
    }
}
