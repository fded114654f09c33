package fflab.report;

import j2html.tags.DomContent;

/** One titled part of the report, linked from its table of contents. */
interface ReportSection {
    /** The HTML id, e.g. "summary". */
    String id();

    String title();

    /** The section's content; what it cannot show goes to {@link ReportContext#gaps()} as well as into the content. */
    DomContent body(ReportContext context);
}
