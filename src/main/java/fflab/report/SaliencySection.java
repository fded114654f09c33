package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;
import static j2html.TagCreator.td;

import j2html.tags.DomContent;
import j2html.tags.specialized.TdTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ADS saliency outputs found in the runs' saliency/ folders: 28x28 maps as heatmaps, PNG figures
 * as they are, deletion/insertion-style curves as charts. Paired FF and BP runs (same seed) are
 * shown side by side, file by file; other runs on their own.
 */
final class SaliencySection {
    /** At most this many items per run, to keep the report a size that can be mailed. */
    static final int MAX_ITEMS = 48;

    private SaliencySection() {
    }

    static DomContent body(ReportContext context) {
        Map<Run, List<SaliencyItem>> items = new LinkedHashMap<>();
        for (Run r : context.results().replicates()) {
            if (SaliencyFiles.present(r.dir())) {
                items.put(r, SaliencyFiles.read(r.dir()));
            }
        }
        if (items.isEmpty()) {
            return context.gap("No saliency yet: no run has a saliency/ folder.");
        }
        List<DomContent> content = new ArrayList<>();
        content.add(p("Maps: blue below zero, red above (white at zero) when a map has both signs; white to blue "
                + "otherwise."));
        Set<Run> shown = new LinkedHashSet<>();
        for (Comparison c : context.analysis().pairing().comparisons()) {
            for (Comparison.RunPair pair : c.pairs()) {
                if (items.containsKey(pair.ff()) && items.containsKey(pair.bp())) {
                    content.add(h3(c.title() + ", seed " + pair.seed()));
                    content.add(sideBySide(c, items.get(pair.ff()), items.get(pair.bp())));
                    shown.add(pair.ff());
                    shown.add(pair.bp());
                }
            }
        }
        items.forEach((run, list) -> {
            if (shown.contains(run)) {
                return;
            }
            content.add(h3("run " + run.id()));
            if (list.isEmpty()) {
                content.add(context.gap("run " + run.id() + ": saliency/ holds no 28x28 CSV map, curve or PNG."));
            }
            content.add(div(list.stream().limit(MAX_ITEMS).map(i -> render(i, run.id() + ": " + i.path()))
                    .toArray(DomContent[]::new)).withClass("figures"));
            if (list.size() > MAX_ITEMS) {
                content.add(Html.missing((list.size() - MAX_ITEMS) + " more saliency files of run " + run.id()
                        + " are not shown."));
            }
        });
        return div(content.toArray(DomContent[]::new));
    }

    private static DomContent sideBySide(Comparison c, List<SaliencyItem> ff, List<SaliencyItem> bp) {
        Map<String, SaliencyItem[]> byPath = new LinkedHashMap<>();
        ff.forEach(i -> byPath.computeIfAbsent(i.path(), p -> new SaliencyItem[2])[0] = i);
        bp.forEach(i -> byPath.computeIfAbsent(i.path(), p -> new SaliencyItem[2])[1] = i);
        List<Map.Entry<String, SaliencyItem[]>> rows = byPath.entrySet().stream().limit(MAX_ITEMS).toList();
        return Html.dataTable("FF and BP saliency side by side", List.of("file", c.ff().name(), c.bp().name()), rows,
                e -> List.of(Html.cell(e.getKey()), cell(e.getValue()[0]), cell(e.getValue()[1])));
    }

    private static TdTag cell(SaliencyItem item) {
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
