package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;

import fflab.stats.SmallSamples;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;

/**
 * FF against BP in two tables that answer two questions: across seeds, is one training method
 * better (paired t, Wilcoxon)? and per seed, do the two trained models differ on the test images
 * (McNemar)? Each table is its own family for the p-value adjustment.
 */
final class ComparisonSection {
    private ComparisonSection() {
    }

    static DomContent body(ReportContext context) {
        ExperimentAnalysis a = context.analysis();
        List<DomContent> content = new ArrayList<>();
        content.add(p("On each dataset every FF configuration is compared with every BP configuration that has the "
                + "same values of the sweep axes both models vary; runs are paired by seed. Each table below is one "
                + "family whose p-values are adjusted together (" + a.options().correction().label() + "); verdicts "
                + "use the adjusted p-value at alpha = " + a.options().alpha() + ". Every test states its n, the "
                + "fewest observations it needs before it gives a verdict, and the smallest p-value it can reach "
                + "with its n (\"none\": no floor, as for the t test); below its minimum a test is \"" + SmallSamples.notTestable(2)
                + "\" rather than a verdict."));
        a.pairing().gaps().forEach(g -> content.add(context.gap(g)));
        if (a.pairing().comparisons().isEmpty()) {
            content.add(Html.missing("No FF vs BP comparison: the experiment needs finished FF and BP runs on the "
                    + "same dataset."));
            return div(content.toArray(DomContent[]::new));
        }
        content.add(h3("Is one method better? (across seeds)"));
        content.add(p("Each seed is one replicate of a training method; the question is whether FF trains better or "
                + "worse models than BP in general. Paired t (effect: Cohen's d_z) and Wilcoxon signed-rank (effect: "
                + "rank-biserial r) over the paired seeds' test accuracies."));
        content.add(Html.tests("Method level: FF vs BP across seeds", a.methodTests()));
        content.add(h3("Do two trained models differ? (per seed, on the test images)"));
        content.add(p("McNemar's test on the per-image predictions of one FF and one BP model trained with the same "
                + "seed (effect: odds ratio of the images only FF gets right to those only BP gets right). It "
                + "answers a question about these two models only: with many test images it can be significant "
                + "for a difference that another seed would reverse."));
        content.add(Html.tests("Model level: FF vs BP per seed (McNemar)", a.modelTests()));
        for (Comparison c : a.pairing().comparisons()) {
            if (c.pairs().size() < SmallSamples.MIN_PAIRED_T && !c.pairs().isEmpty()) {
                context.gap(c.title() + ": " + Fmt.count(c.pairs().size(), "paired seed") + ", so no test across "
                        + "seeds (they need at least " + SmallSamples.MIN_PAIRED_T + "); only McNemar's test per "
                        + "seed.");
            }
        }
        return div(content.toArray(DomContent[]::new));
    }

    /** Every configuration of a model against its first one: which parts of an ablation matter, a control's gap. */
    static DomContent againstFirst(ReportContext context) {
        ExperimentAnalysis a = context.analysis();
        List<DomContent> content = new ArrayList<>();
        content.add(p("On each dataset every configuration of a model is compared with that model's first "
                + "configuration in the spec (the full recipe of an ablation, or the trained model beside its "
                + "untrained control); runs are paired by seed, differences are this configuration minus the first. "
                + "Paired t and Wilcoxon signed-rank over the paired seeds' test accuracies, adjusted together as one "
                + "family (" + a.options().correction().label() + ", alpha = " + a.options().alpha() + ")."));
        a.baseline().gaps().forEach(g -> content.add(context.gap(g)));
        if (a.baseline().comparisons().isEmpty()) {
            content.add(p("No comparison: no model has two or more configurations on a dataset."));
        } else {
            content.add(Html.tests("Each configuration vs the first, across seeds", a.baselineTests()));
        }
        return div(content.toArray(DomContent[]::new));
    }
}
