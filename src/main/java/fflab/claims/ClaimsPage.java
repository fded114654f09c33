package fflab.claims;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.each;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.li;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.style;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import fflab.FflabVersion;
import fflab.stats.Summary;
import j2html.TagCreator;
import j2html.tags.DomContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The HTML of reports/index.html: links to the experiment reports, the verdict rule and the claims table. */
final class ClaimsPage {
    static final String TABLE_ID = "claims";
    private static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
    private static final String EXTRA_CSS = """
            td.reproduced { background: #d9f2d9; }
            td.not-reproduced { background: #f8d7d7; }
            td.not-comparable { background: #eeeeee; }
            td.claim { max-width: 28em; }
            """;

    /** An experiment folder and its report, relative to the page (null: none yet); runs -1 for a report without folder here. */
    record ExperimentLink(String name, String href, int runs) {}

    private ClaimsPage() {
    }

    static String render(ClaimsFile file, List<Measurement> rows, List<ExperimentLink> experiments,
                         Map<String, String> reportHrefs, Instant generated) {
        return TagCreator.document(html(
                head(meta().withCharset("utf-8"),
                        meta().attr("http-equiv", "Content-Security-Policy").withContent(CSP),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title("fflab: the papers' claims reproduced"),
                        style(rawHtml(stylesheet() + EXTRA_CSS))),
                body(h1("fflab: the papers' claims reproduced"),
                        p("Generated " + generated + " by fflab " + FflabVersion.get() + " (fflab claims). Every "
                                + "fflab number is read from the run folders; the papers' numbers and sources come "
                                + "from experiments/claims/claims.yaml."),
                        section(h2("Experiment reports"), experimentList(experiments)).withId("reports"),
                        section(h2("Claims"), claimsTable(file, rows, reportHrefs)).withId(TABLE_ID),
                        section(h2("How to read a verdict"), rules(file)).withId("rule"),
                        section(h2("Papers"), ul(each(file.papers().entrySet().stream().toList(),
                                e -> li(span(e.getKey()).withClass("key"), rawHtml(": "), span(e.getValue())))))
                                .withId("papers"),
                        footer(p("This page embeds everything it shows and needs no network; its links go to "
                                + "the experiment reports beside it.")))).withLang("en"));
    }

    private static DomContent experimentList(List<ExperimentLink> experiments) {
        if (experiments.isEmpty()) {
            return p("No experiment folder with runs yet: run make reproduce.");
        }
        return ul(each(experiments, e -> li(e.href() == null
                ? span(e.name() + " (" + e.runs() + " runs; no report yet: make report)")
                : span(a(e.name()).withHref(e.href()), rawHtml(e.runs() < 0 ? "" : " (" + e.runs() + " runs)")))));
    }

    private static DomContent rules(ClaimsFile file) {
        return TagCreator.div(
                p("fflab's number is the mean \u00b1 sd over the runs named in the row (one per seed, or per "
                        + "configuration and seed for the training-dynamics rows) with its 95 % Student t interval. "
                        + "The verdict:"),
                ul(li("not comparable at this scale: the row is judged at the paper's scale only and the runs "
                                + "were made at another (the CPU scales train far shorter than the papers), or there "
                                + "is nothing to judge (no runs, one run, or the paper's number is not recorded);"),
                        li("otherwise by the row's rule: " + Arrays.stream(Rule.values())
                                .map(r -> r.id() + ": reproduced when " + r.describe())
                                .collect(Collectors.joining("; ")) + ". Else: not reproduced.")),
                p("A verdict at the CPU scale says what fflab measures with a few minutes of training per run; "
                        + "it does not refute a paper trained for hours. \"scale\" is the scale named in each "
                        + "run's run.json."));
    }

    private static DomContent claimsTable(ClaimsFile file, List<Measurement> rows, Map<String, String> reportHrefs) {
        return table(caption("One row per headline claim; " + rows.size() + " claims"),
                thead(tr(each(List.of("paper", "claim", "paper's number", "source", "fflab (mean \u00b1 sd)",
                        "95 % CI", "over", "scale", "rule", "verdict"), h -> th(h)))),
                tbody(each(rows, m -> {
                    Claim c = m.claim();
                    String href = reportHrefs.get(c.experiment());
                    DomContent experiment = href == null ? span(c.experiment()) : a(c.experiment()).withHref(href);
                    return tr(td(c.paper()), td(span(c.claim()), TagCreator.br(), span("experiment: "), experiment)
                                    .withClass("claim"),
                            td(c.paperValue() == null ? c.paperText() : number(c.paperValue()) + " " + c.unit()
                                    + " (" + c.paperText() + ")"),
                            td(c.source()), td(meanSd(m.summary(), c.unit())).withClass("num"),
                            td(interval(m.summary())).withClass("num"), td(m.over()), td(m.scale()),
                            td(c.rule().id() + " " + number(c.threshold())),
                            td(m.verdict().label() + (m.note().isEmpty() ? "" : " (" + m.note() + ")"))
                                    .withClass(m.verdict().cssClass()).attr("data-verdict", m.verdict().label()))
                            .attr("data-claim", c.id());
                })));
    }

    static String meanSd(Summary s, String unit) {
        if (s == null) {
            return "\u2013";
        }
        return number(s.mean()) + (Double.isNaN(s.sd()) ? "" : " \u00b1 " + number(s.sd())) + " " + unit;
    }

    static String interval(Summary s) {
        return s == null || !s.tInterval95().isDefined() ? "\u2013"
                : "[" + number(s.tInterval95().lower()) + ", " + number(s.tInterval95().upper()) + "]";
    }

    /** 4 significant digits at most, no exponent for the usual magnitudes. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "\u2013";
        }
        double magnitude = Math.abs(x);
        int decimals = magnitude >= 100 ? 2 : magnitude >= 1 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    private static String stylesheet() {
        try (InputStream in = ClaimsPage.class.getResourceAsStream("/fflab/report/report.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path from, Path to) {
        return from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}
