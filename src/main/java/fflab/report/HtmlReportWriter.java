package fflab.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.each;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.li;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.section;
import static j2html.TagCreator.style;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

import fflab.FflabVersion;
import fflab.io.AtomicFiles;
import j2html.TagCreator;
import j2html.tags.DomContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report as one self-contained HTML file: styles inline, pictures as data URIs, no
 * script, and a Content-Security-Policy that forbids the browser any network access, so the file
 * opens the same anywhere and can be mailed or archived.
 */
public final class HtmlReportWriter {
    /** Only inline styles and data: images may load. */
    static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
    static final String MISSING_ID = "missing";
    static final String WARNINGS_ID = "warnings";

    private static final List<ReportSection> SECTIONS = List.of(
            new ReportSection("summary", "Summary", SummarySection::body),
            new ReportSection("ff-vs-bp", "FF vs BP", ComparisonSection::body),
            new ReportSection("vs-first", "Against the first configuration", ComparisonSection::againstFirst),
            new ReportSection("axes", "Sweep axes", AxisSection::body),
            new ReportSection("dynamics", "Training dynamics", DynamicsSection::body),
            new ReportSection("layer-dynamics", "Layer lag and correlation", LayerDynamicsSection::body),
            new ReportSection("loss", "Loss per layer", LossSection::body),
            new ReportSection("confusion", "Confusion matrices", ConfusionSection::body),
            new ReportSection("saliency", "Saliency", SaliencySection::body),
            new ReportSection("runs", "Runs", RunsSection::body));
    private static final String CSS = stylesheet();

    private HtmlReportWriter() {
    }

    /** Renders and writes the report atomically to {@code file}; returns its size in bytes. */
    public static long write(ExperimentAnalysis analysis, Path file, Instant generated) {
        byte[] bytes = render(analysis, file.toAbsolutePath().getParent(), generated)
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
        return bytes.length;
    }

    /** The HTML text, with links relative to {@code reportDir}. */
    public static String render(ExperimentAnalysis analysis, Path reportDir, Instant generated) {
        ReportContext context = ReportContext.of(analysis, reportDir);
        DomContent header = HeaderSection.render(context, generated);
        List<DomContent> sections = new ArrayList<>();
        for (ReportSection s : SECTIONS) { // rendered first: they collect the gaps listed at the top
            sections.add(section(h2(s.title()), s.body().apply(context)).withId(s.id()));
        }
        String name = analysis.results().experiment().name();
        return TagCreator.document(html(
                head(meta().withCharset("utf-8"),
                        meta().attr("http-equiv", "Content-Security-Policy").withContent(CSP),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title("fflab report: " + name),
                        style(rawHtml(CSS))), // a constant stylesheet from fflab's resources
                body(header, toc(), warnings(context), missing(context), each(sections, s -> s),
                        footer(p("Written by fflab " + FflabVersion.get() + " (fflab report). Every picture is "
                                + "embedded; this file needs no network.")))).withLang("en"));
    }

    private static DomContent toc() {
        return nav(ul(li(a("Warnings").withHref("#" + WARNINGS_ID)), li(a("What is missing").withHref("#" + MISSING_ID)),
                each(SECTIONS, s -> li(a(s.title()).withHref("#" + s.id())))));
    }

    private static DomContent warnings(ReportContext context) {
        DomContent body = context.warnings().isEmpty() ? p("None: no model is at chance level or predicts a "
                + "single class, and no saliency map is empty.") : ul(each(context.warnings(), w -> li(w)));
        return section(h2("Warnings"), body).withId(WARNINGS_ID).withClass(context.warnings().isEmpty()
                ? "warnings none" : "warnings");
    }

    private static DomContent missing(ReportContext context) {
        DomContent body = context.gaps().isEmpty() ? p("Nothing: every run finished and every part of the report "
                + "has data.") : ul(each(context.gaps(), g -> li(g)));
        return section(h2("What is missing"), body).withId(MISSING_ID).withClass("gaps");
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("fflab/report/report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
