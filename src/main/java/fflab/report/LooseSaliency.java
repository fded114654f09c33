package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.td;

import j2html.tags.DomContent;
import j2html.tags.specialized.TdTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Saliency folders without fflab's saliency.json (other tools, older runs): their 28x28 CSV maps,
 * PNG figures and short curve tables, each once. Tables of one row per position or sample
 * (positions.csv, samples.csv) are data, not curves, and masks and p-values (significant.csv,
 * p-adjusted.csv) are no maps to look at, so they are left out.
 */
final class LooseSaliency {
    /** At most this many items per run, to keep the report a size that can be mailed. */
    static final int MAX_ITEMS = 48;
    /** A CSV with more rows than this is a data table, not a curve. */
    static final int MAX_CURVE_POINTS = 60;
    static final Set<String> NOT_SHOWN = Set.of("positions.csv", "samples.csv", "p-adjusted.csv", "significant.csv");

    private LooseSaliency() {
    }

    static List<SaliencyItem> items(Run run) {
        List<SaliencyItem> out = new ArrayList<>();
        for (SaliencyItem i : SaliencyFiles.read(run.dir())) {
            String name = i.path().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            boolean longTable = i.isCurves() && i.curves().stream().anyMatch(l -> l.x().length > MAX_CURVE_POINTS);
            if (!NOT_SHOWN.contains(name) && !longTable) {
                out.add(i);
            }
        }
        return out;
    }

    static DomContent render(ReportContext context, Run run) {
        List<SaliencyItem> list = items(run);
        if (list.isEmpty()) {
            return context.gap("run " + run.id() + ": saliency/ holds no 28x28 CSV map, short curve or PNG.");
        }
        List<DomContent> content = new ArrayList<>();
        content.add(div(list.stream().limit(MAX_ITEMS).map(i -> render(i, run.id() + ": " + i.path()))
                .toArray(DomContent[]::new)).withClass("figures"));
        if (list.size() > MAX_ITEMS) {
            content.add(Html.missing((list.size() - MAX_ITEMS) + " more saliency files of run " + run.id()
                    + " are not shown."));
        }
        return div(content.toArray(DomContent[]::new));
    }

    static TdTag cell(SaliencyItem item) {
        return item == null ? td(Fmt.MISSING) : td(render(item, item.path()));
    }

    static DomContent render(SaliencyItem item, String caption) {
        if (item.isPng()) {
            return Html.picture(ChartImages.pngDataUri(item.png()), caption);
        }
        if (item.isMap()) {
            return Html.picture(ChartImages.dataUri(Heatmaps.map(caption, item.map()), 380, 340), caption);
        }
        return Html.picture(ChartImages.dataUri(LineCharts.lines(caption, item.curveX(), "value", item.curves(), null)),
                caption);
    }
}
