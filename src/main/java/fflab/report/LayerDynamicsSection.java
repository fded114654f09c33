package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.p;

import fflab.stats.Correlation;
import fflab.stats.Interval;
import fflab.stats.Summary;
import j2html.tags.DomContent;
import java.util.List;
import java.util.Locale;

/**
 * Per configuration and layer: the lag (epochs to a fraction of the final validation accuracy,
 * and how far behind layer 1) and the correlation of the layer's accuracy with the model's over
 * training, with 95 % intervals. Measures the two claims of the training-behaviour study.
 */
final class LayerDynamicsSection {
    private LayerDynamicsSection() {
    }

    static DomContent body(ReportContext context) {
        LayerDynamics d = LayerDynamics.compute(context.results(), context.options().lagFraction());
        if (d.rows().isEmpty()) {
            return context.gap("No per-layer dynamics: no finished FF run has per-layer accuracies in accuracy.csv.");
        }
        String percent = Fmt.fixed(100 * d.fraction(), 0);
        return div(p("For each FF configuration (its seeds pooled) and each layer alone: the epoch at which the "
                        + "layer first reaches " + percent + " % of its own final validation accuracy (mean \u00b1 sd "
                        + "over the seeds that got there, with the 95 % t interval), how many epochs later than layer "
                        + "1 that is, and the Pearson and Spearman correlation of the layer's validation accuracy "
                        + "with the whole model's over training (one point per evaluated epoch and seed; 95 % "
                        + "intervals by Fisher's z, Spearman's with the Bonett-Wright standard error). Epochs are "
                        + "cumulative, so under the sequential schedule a deeper layer lags by construction. "
                        + "Successive epochs are not independent: read the p-values and intervals as descriptive."),
                Html.dataTable("Layer lag and correlation with the model, per configuration",
                        List.of("configuration", "layer", "epoch to " + percent + " %", "behind layer 1",
                                "Pearson r [95 % CI]", "Pearson p", "Spearman \u03c1 [95 % CI]", "Spearman p",
                                "points"),
                        d.rows(), r -> List.of(Html.cell(r.group().title()), Html.number(Integer.toString(r.layer())),
                                Html.number(meanSd(r.lag())), Html.number(meanSd(r.behindFirst())),
                                Html.number(coefficient(r.pearson(), r.pearsonInterval())),
                                Html.number(Fmt.p(r.pearson().pValue())),
                                Html.number(coefficient(r.spearman(), r.spearmanInterval())),
                                Html.number(Fmt.p(r.spearman().pValue())),
                                Html.number(Integer.toString(r.points())))));
    }

    /** "3.5 ± 0.7 [2.1, 4.9] (n = 3)". */
    static String meanSd(Summary s) {
        if (s.n() == 0) {
            return "never";
        }
        String sd = Double.isNaN(s.sd()) ? "" : " \u00b1 " + Fmt.fixed(s.sd(), 1);
        Interval ci = s.tInterval95();
        String interval = ci.isDefined() ? String.format(Locale.ROOT, " [%.1f, %.1f]", ci.lower(), ci.upper()) : "";
        return Fmt.fixed(s.mean(), 1) + sd + interval + " (n = " + s.n() + ")";
    }

    /** "0.93 [0.85, 0.97]". */
    static String coefficient(Correlation c, Interval ci) {
        String interval = ci.isDefined() ? String.format(Locale.ROOT, " [%.2f, %.2f]", ci.lower(), ci.upper()) : "";
        return Fmt.fixed(c.r(), 2) + interval;
    }
}
