package fflab.report;

import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;
import static j2html.TagCreator.summary;

import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/** The figures and correlations of {@link SaliencySection}: rows of maps on one colour scale each. */
final class SaliencyMaps {
    private SaliencyMaps() {
    }

    /** A map to draw in a row, with what the caption says about it. */
    record Named(String title, double[][] values, int significant, String significance) {
        static Named of(String title, AdsMap m) {
            return new Named(title, m.ads(), m.significant(), m.significance());
        }
    }

    /** FF next to BP for every kind of map both have on a paired seed. */
    static List<DomContent> comparison(ReportContext context, Comparison c, Map<Run, List<AdsMap>> maps,
            Set<Run> shown) {
        List<DomContent> out = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (Comparison.RunPair pair : c.pairs()) {
            for (AdsMap m : maps.getOrDefault(pair.ff(), List.of())) {
                if (find(maps, pair.bp(), m.kind()).isPresent()) {
                    kinds.add(m.kind());
                }
            }
        }
        for (String kind : kinds) {
            out.add(h3(c.title() + ": " + kind));
            List<AdsMap> ff = new ArrayList<>();
            List<AdsMap> bp = new ArrayList<>();
            List<List<String>> correlations = new ArrayList<>();
            for (Comparison.RunPair pair : c.pairs()) {
                Optional<AdsMap> a = find(maps, pair.ff(), kind);
                Optional<AdsMap> b = find(maps, pair.bp(), kind);
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                ff.add(a.get());
                bp.add(b.get());
                shown.add(pair.ff());
                shown.add(pair.bp());
                double r = pearson(a.get().ads(), b.get().ads());
                out.add(figure(context, List.of(Named.of(c.ff().name() + ", seed " + pair.seed(), a.get()),
                        Named.of(c.bp().name() + ", seed " + pair.seed(), b.get())), "Seed " + pair.seed()
                                + ": all classes, " + kind + " (" + SaliencySection.UNIT + "); r = " + Fmt.fixed(r, 2)
                                + "."));
                correlations.add(List.of("seed " + pair.seed(), Fmt.fixed(r, 2), classCorrelations(a.get(), b.get())));
            }
            if (ff.size() >= 2) {
                AdsMap meanFf = mean(ff);
                AdsMap meanBp = mean(bp);
                double r = pearson(meanFf.ads(), meanBp.ads());
                String seeds = Fmt.count(ff.size(), "seed");
                out.add(figure(context, List.of(new Named(c.ff().name() + ", mean", meanFf.ads(), -1, ""),
                        new Named(c.bp().name() + ", mean", meanBp.ads(), -1, "")), "Mean over " + seeds
                                + ": all classes, " + kind + " (" + SaliencySection.UNIT + "); r = " + Fmt.fixed(r, 2)
                                + "."));
                correlations.add(List.of("mean over " + seeds, Fmt.fixed(r, 2), classCorrelations(meanFf, meanBp)));
            }
            out.add(classFigures(context, c.ff().name(), c.bp().name(), mean(ff), mean(bp), kind));
            out.add(Html.dataTable("Correlation of the FF and BP maps (Pearson r over the pixels)",
                    List.of("maps", "r, all classes", "r per class"), correlations,
                    row -> List.of(Html.cell(row.get(0)), Html.number(row.get(1)), Html.cell(row.get(2)))));
        }
        return out;
    }

    /** The runs of one configuration without a partner: their maps side by side and the mean. */
    static List<DomContent> group(ReportContext context, RunGroup g, List<Run> runs, Map<Run, List<AdsMap>> maps) {
        List<DomContent> out = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        runs.forEach(r -> maps.get(r).forEach(m -> kinds.add(m.kind())));
        for (String kind : kinds) {
            out.add(h3(g.title() + ": " + kind));
            List<Named> panels = new ArrayList<>();
            List<AdsMap> found = new ArrayList<>();
            for (Run r : runs) {
                find(maps, r, kind).ifPresent(m -> {
                    panels.add(Named.of(g.name() + ", seed " + r.seed(), m));
                    found.add(m);
                });
            }
            for (int from = 0; from < panels.size(); from += PER_ROW) {
                out.add(figure(context, panels.subList(from, Math.min(panels.size(), from + PER_ROW)),
                        "All classes, " + kind + " (" + SaliencySection.UNIT + ")."));
            }
            if (found.size() >= 2) {
                out.add(figure(context, List.of(new Named(g.name() + ", mean", mean(found).ads(), -1, "")),
                        "Mean over " + Fmt.count(found.size(), "seed") + ": all classes, " + kind + " ("
                                + SaliencySection.UNIT + ")."));
            }
            out.add(classFigures(context, g.name(), null, mean(found), null, kind));
        }
        return out;
    }

    static final int PER_ROW = 4;

    /**
     * One row figure, or words alone when no panel can be drawn. A constant panel is not drawn;
     * the caption says so, and which panels have no significant position.
     */
    static DomContent figure(ReportContext context, List<Named> panels, String caption) {
        List<MapFigures.Panel> drawn = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Named n : panels) {
            if (AdsMap.isConstant(n.values())) {
                double[] range = MapFigures.range(List.of(new MapFigures.Panel(n.title(), n.values())));
                words.add(n.title() + ": " + Fmt.fixed(range[0], 2) + " points everywhere (no occlusion changed a "
                        + "prediction), not drawn.");
                continue;
            }
            drawn.add(new MapFigures.Panel(n.title(), n.values()));
            if (n.significant() == 0) {
                words.add(n.title() + ": no position significant (" + n.significance() + ").");
            } else if (n.significant() > 0) {
                words.add(n.title() + ": " + Fmt.count(n.significant(), "position") + " significant ("
                        + n.significance() + ").");
            }
        }
        String text = caption + (words.isEmpty() ? "" : " " + String.join(" ", words));
        if (drawn.isEmpty()) {
            return p(text).withClass("missing");
        }
        return Html.zoomable(context.figureId(), ChartImages.pngDataUri(MapFigures.row(drawn, SaliencySection.UNIT)),
                text);
    }

    /** One row per class, FF beside BP (or one model alone), in a collapsed block; empty without classes. */
    private static DomContent classFigures(ReportContext context, String nameA, String nameB, AdsMap a, AdsMap b,
            String kind) {
        if (a == null || a.classes().isEmpty() || (nameB != null && (b == null || b.classes().isEmpty()))) {
            return div();
        }
        List<DomContent> figures = new ArrayList<>();
        for (AdsMap.ClassMap ca : a.classes()) {
            List<Named> panels = new ArrayList<>();
            panels.add(new Named(nameA + ", class " + ca.label(), ca.ads(), -1, ""));
            if (nameB != null) {
                Optional<AdsMap.ClassMap> cb = b.classes().stream().filter(x -> x.label() == ca.label()).findFirst();
                if (cb.isEmpty()) {
                    continue;
                }
                panels.add(new Named(nameB + ", class " + ca.label(), cb.get().ads(), -1, ""));
            }
            figures.add(figure(context, panels, "Class " + ca.label() + ", " + kind + " (" + SaliencySection.UNIT
                    + ", mean over the seeds)."));
        }
        return details(summary("Per-class maps (mean over the seeds)"), div(figures.toArray(DomContent[]::new))
                .withClass("figures")).withClass("classes");
    }

    private static String classCorrelations(AdsMap a, AdsMap b) {
        if (a.classes().isEmpty() || b.classes().isEmpty()) {
            return Fmt.MISSING;
        }
        return a.classes().stream().map(ca -> {
            double r = b.classes().stream().filter(cb -> cb.label() == ca.label()).findFirst()
                    .map(cb -> pearson(ca.ads(), cb.ads())).orElse(Double.NaN);
            return ca.label() + ": " + Fmt.fixed(r, 2);
        }).collect(Collectors.joining(", "));
    }

    private static Optional<AdsMap> find(Map<Run, List<AdsMap>> maps, Run run, String kind) {
        return maps.getOrDefault(run, List.of()).stream().filter(m -> m.kind().equals(kind)).findFirst();
    }

    /** The element-wise mean of maps of one kind (classes too, where all have them); null for none. */
    static AdsMap mean(List<AdsMap> maps) {
        if (maps.isEmpty()) {
            return null;
        }
        AdsMap first = maps.get(0);
        List<AdsMap.ClassMap> classes = new ArrayList<>();
        boolean allHaveClasses = maps.stream().allMatch(m -> m.classes().size() == first.classes().size());
        if (allHaveClasses) {
            for (int i = 0; i < first.classes().size(); i++) {
                int at = i;
                classes.add(new AdsMap.ClassMap(first.classes().get(i).label(),
                        meanOf(maps.stream().map(m -> m.classes().get(at).ads()).toList()), -1));
            }
        }
        return new AdsMap("mean", first.filter(), first.stride(), first.baseline(), first.evaluation(), first.method(),
                meanOf(maps.stream().map(AdsMap::ads).toList()), -1, "", classes);
    }

    private static double[][] meanOf(List<double[][]> maps) {
        double[][] first = maps.get(0);
        double[][] out = new double[first.length][];
        for (int r = 0; r < first.length; r++) {
            out[r] = new double[first[r].length];
            for (int c = 0; c < first[r].length; c++) {
                double sum = 0;
                for (double[][] m : maps) {
                    sum += r < m.length && c < m[r].length ? m[r][c] : Double.NaN;
                }
                out[r][c] = sum / maps.size();
            }
        }
        return out;
    }

    /** Pearson r over the pixels both maps have (NaN when either is constant), as saliency --compare. */
    static double pearson(double[][] a, double[][] b) {
        List<double[]> pairs = new ArrayList<>();
        for (int r = 0; r < Math.min(a.length, b.length); r++) {
            for (int c = 0; c < Math.min(a[r].length, b[r].length); c++) {
                if (!Double.isNaN(a[r][c]) && !Double.isNaN(b[r][c])) {
                    pairs.add(new double[] {a[r][c], b[r][c]});
                }
            }
        }
        if (pairs.size() < 3 || AdsMap.isConstant(a) || AdsMap.isConstant(b)) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
    }
}
