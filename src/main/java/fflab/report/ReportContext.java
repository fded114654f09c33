package fflab.report;

import j2html.tags.DomContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the sections share while the report is rendered.
 *
 * @param reportDir the folder the HTML file goes to: links to run folders are relative to it
 * @param gaps      what is missing, collected from every section for the summary at the top
 * @param warnings  results that must not be read as they stand (a model that did not learn, an
 *                  empty saliency map), collected for the warnings box at the top
 */
record ReportContext(ExperimentAnalysis analysis, Path reportDir, List<String> gaps, List<String> warnings,
        AtomicInteger figures) {

    static ReportContext of(ExperimentAnalysis analysis, Path reportDir) {
        ReportContext context = new ReportContext(analysis, reportDir, new ArrayList<>(), new ArrayList<>(),
                new AtomicInteger());
        ModelChecks.warnings(analysis.results().replicates()).forEach(context::warn);
        return context;
    }

    /** A new id for a figure that can be enlarged, "fig-1", "fig-2", ... */
    String figureId() {
        return "fig-" + figures.incrementAndGet();
    }

    /** Records a warning for the box at the top. */
    void warn(String text) {
        if (!warnings.contains(text)) {
            warnings.add(text);
        }
    }

    ReportOptions options() {
        return analysis.options();
    }

    ExperimentResults results() {
        return analysis.results();
    }

    /** Records a gap and returns the sentence for the section's own content. */
    DomContent gap(String text) {
        if (!gaps.contains(text)) {
            gaps.add(text);
        }
        return Html.missing(text);
    }
}
