package fflab.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.each;
import static j2html.TagCreator.figcaption;
import static j2html.TagCreator.figure;
import static j2html.TagCreator.img;
import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.text;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;

import j2html.tags.DomContent;
import j2html.tags.specialized.FigureTag;
import j2html.tags.specialized.TableTag;
import j2html.tags.specialized.TdTag;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The report's recurring HTML pieces. Built with j2html, which escapes every text and attribute
 * value, so names from folders and configs cannot inject markup.
 */
final class Html {
    private Html() {
    }

    /** A table with a header row; each item gives one row of cells. */
    static <T> TableTag dataTable(String captionText, List<String> headers, List<T> items, Function<T, List<TdTag>> row) {
        return table(caption(captionText), thead(tr(each(headers, h -> th(h)))),
                tbody(each(items, item -> tr(each(row.apply(item), cell -> cell)))));
    }

    /** A cell of plain text. */
    static TdTag cell(String text) {
        return td(text);
    }

    /** A right-aligned number cell. */
    static TdTag number(String text) {
        return td(text).withClass("num");
    }

    /** A chart or picture inline as a data URI, with a caption. */
    static FigureTag picture(String dataUri, String captionText) {
        return figure(img().withSrc(dataUri).withAlt(captionText), figcaption(captionText));
    }

    /**
     * A picture shown at its natural size up to the page width; a click opens it full-window
     * (pure CSS, {@code :target}: the report has no script) and "close" shuts it.
     */
    static FigureTag zoomable(String id, String dataUri, String captionText) {
        return figure(a(img().withSrc(dataUri).withAlt(captionText)).withHref("#" + id).withTitle("click to enlarge"),
                figcaption(span(captionText), text(" "), a("close").withHref("#_").withClass("close")))
                .withId(id).withClass("zoom");
    }

    /** A sentence saying what is missing, styled so that it stands out. */
    static DomContent missing(String text) {
        return p(text).withClass("missing");
    }

    /**
     * The table of a family of tests: n, the minimum n and the smallest reachable p, statistic,
     * effect, raw and adjusted p-values, verdict.
     */
    static TableTag tests(String captionText, TestTable t) {
        String adjusted = "p (" + t.correction().label() + ")";
        List<Integer> rows = IntStream.range(0, t.rows().size()).boxed().toList();
        return dataTable(captionText, List.of("comparison", "over", "test", "n", "needs n \u2265", "smallest p",
                "statistic", "effect size", "raw p", adjusted, "verdict", "note"), rows, i -> {
                    TestRow r = t.rows().get(i);
                    boolean significant = t.adjusted()[i] <= t.alpha();
                    return List.of(cell(r.subject()), cell(r.over()), cell(r.result().test()),
                            number(Integer.toString(r.result().n())), number(r.minimum()),
                            number(r.smallestP() == 0 ? "none" : Fmt.p(r.smallestP())),
                            number(Fmt.statistic(r.result().statistic())),
                            number(r.result().effectName() + " = " + Fmt.statistic(r.result().effect())),
                            number(Fmt.p(r.result().pValue())),
                            td(Fmt.p(t.adjusted()[i])).withClass(significant ? "num significant" : "num"),
                            cell(t.verdicts().get(i)), cell(r.result().note()).withClass("note"));
                });
    }
}
