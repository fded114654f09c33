package fflab.report;

import j2html.tags.DomContent;
import java.util.function.Function;

/**
 * One titled part of the report, linked from its table of contents.
 *
 * @param id    the HTML id, e.g. "summary"
 * @param body  renders the content; what it cannot show also goes to {@link ReportContext#gaps()}
 */
record ReportSection(String id, String title, Function<ReportContext, DomContent> body) {
}
