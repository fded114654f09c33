package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.p;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;

/** FF against BP: the paired tests of {@link ComparisonStatistics} with adjusted p-values and verdicts. */
final class ComparisonSection {
    private ComparisonSection() {
    }

    static DomContent body(ReportContext context) {
        ExperimentAnalysis a = context.analysis();
        List<DomContent> content = new ArrayList<>();
        content.add(p("On each dataset every FF configuration is compared with every BP configuration that has the "
                + "same values of the sweep axes both models vary; runs are paired by seed. Paired t (effect: "
                + "Cohen's d_z) and Wilcoxon signed-rank (effect: rank-biserial r) use the paired seeds' test "
                + "accuracies; McNemar's test (effect: odds ratio of the images only FF gets right to those only "
                + "BP gets right) uses the per-image predictions of each paired seed. The p-values of this table "
                + "are adjusted together (" + a.options().correction().label() + "); verdicts use the adjusted "
                + "p-value at alpha = " + a.options().alpha() + "."));
        a.pairing().gaps().forEach(g -> content.add(context.gap(g)));
        if (a.comparisons().isEmpty()) {
            content.add(Html.missing("No FF vs BP comparison: the experiment needs finished FF and BP runs on the "
                    + "same dataset."));
        } else {
            content.add(Html.tests("FF vs BP tests", a.comparisons()));
            for (Comparison c : a.pairing().comparisons()) {
                if (c.pairs().size() == 1) {
                    context.gap(c.title() + ": one paired seed, so only McNemar's test is possible.");
                }
            }
        }
        return div(content.toArray(DomContent[]::new));
    }
}
