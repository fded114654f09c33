package fflab.report;

import static j2html.TagCreator.div;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ADS saliency maps. For fflab's own outputs ({@link AdsMapFiles}): per FF vs BP comparison and
 * kind of map (filter, baseline, images), one row per paired seed with the FF and the BP map on
 * one colour scale, the mean map over the seeds, the per-class means, and the Pearson correlation
 * of the FF and BP maps as {@code fflab saliency --compare} computes it. Each map is drawn once;
 * a map that is constant is said in words, not drawn, and maps without a significant position are
 * flagged. Runs without a partner are shown per configuration. Folders of other tools fall back
 * to {@link LooseSaliency}.
 */
final class SaliencySection {
    static final String UNIT = "accuracy drop, points";

    private SaliencySection() {
    }

    static DomContent body(ReportContext context) {
        Map<Run, List<AdsMap>> maps = new LinkedHashMap<>();
        List<Run> loose = new ArrayList<>();
        for (Run r : context.results().replicates()) {
            List<AdsMap> m = AdsMapFiles.read(r.dir());
            if (!m.isEmpty()) {
                maps.put(r, m);
            } else if (SaliencyFiles.present(r.dir())) {
                loose.add(r);
            }
        }
        if (maps.isEmpty() && loose.isEmpty()) {
            return context.gap("No saliency yet: no run has a saliency/ folder.");
        }
        List<DomContent> content = new ArrayList<>();
        content.add(p("ADS maps: at each pixel, how many points of test accuracy the model loses when a window "
                + "centred there is occluded (" + UNIT + "; negative: occluding helps). Red above zero, blue below, "
                + "white at zero; every map in one row shares the colour scale of that row's bar. Click a figure to "
                + "enlarge it. r: Pearson correlation of the FF and BP maps over all pixels, as "
                + "fflab saliency --compare computes it."));
        maps.forEach((run, list) -> list.forEach(m -> warnIfEmpty(context, run, m)));
        Set<Run> shown = new LinkedHashSet<>();
        for (Comparison c : context.analysis().pairing().comparisons()) {
            content.addAll(SaliencyMaps.comparison(context, c, maps, shown));
        }
        for (RunGroup g : context.results().groups()) {
            List<Run> rest = g.finished().stream().filter(maps::containsKey).filter(r -> !shown.contains(r)).toList();
            if (!rest.isEmpty()) {
                content.addAll(SaliencyMaps.group(context, g, rest, maps));
            }
        }
        for (Run run : loose) {
            content.add(h3("run " + run.id()));
            content.add(LooseSaliency.render(context, run));
        }
        return div(content.toArray(DomContent[]::new)).withClass("maps");
    }

    /** A map that cannot show anything goes to the warnings box. */
    private static void warnIfEmpty(ReportContext context, Run run, AdsMap m) {
        String what = "run " + run.id() + ": the ADS map (" + m.kind() + ")";
        if (AdsMap.isConstant(m.ads())) {
            context.warn(what + " is the same everywhere: no occlusion changed a prediction, so it shows nothing.");
        } else if (m.significant() == 0) {
            context.warn(what + " has no significant position (" + m.significance() + "): read it as noise.");
        }
    }
}
