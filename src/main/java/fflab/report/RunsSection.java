package fflab.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.div;
import static j2html.TagCreator.p;
import static j2html.TagCreator.td;

import j2html.tags.DomContent;
import java.util.List;
import java.util.Map;

/** Every run folder, with a relative link to it, its status and its headline numbers. */
final class RunsSection {
    private RunsSection() {
    }

    static DomContent body(ReportContext context) {
        List<Run> runs = context.results().experiment().runs();
        Map<Run, Run> superseded = context.results().superseded();
        for (Run r : runs) {
            if (superseded.containsKey(r)) {
                context.gap("run " + r.id() + " trained the same config and seed as " + superseded.get(r).id()
                        + ", which is newer: only that one counts as a replicate.");
            } else if (!r.finished()) {
                context.gap("run " + r.id() + " " + r.status().id() + ": " + r.note());
            }
        }
        return div(p("Links open the run folders (relative to this file)."),
                Html.dataTable("Run folders", List.of("run", "status", "dataset", "model", "seed", "test accuracy %",
                        "macro F1", "time", "note"), runs, r -> List.of(
                                td(a(r.id()).withHref(Links.relative(context.reportDir(), r.dir()))),
                                td(r.status().id()).withClass("status-" + r.status().id()),
                                Html.cell(r.dataset()), Html.cell(r.model()), Html.cell(r.seed()),
                                Html.number(r.finished() ? Fmt.percent(r.accuracyPercent()) : Fmt.MISSING),
                                Html.number(r.finished() ? Fmt.fixed(r.result().test().macroF1(), 4) : Fmt.MISSING),
                                Html.number(r.finished() ? Fmt.duration(r.computeSeconds()) : Fmt.MISSING),
                                Html.cell(note(r, superseded)))));
    }

    /** Why the run is not counted, what went wrong, or that its model did not learn. */
    private static String note(Run r, Map<Run, Run> superseded) {
        if (superseded.containsKey(r)) {
            return "same config and seed as " + superseded.get(r).id() + " (newer): not counted";
        }
        if (r.finished() && !ModelChecks.of(r).isEmpty()) {
            return "did not learn (see Warnings)";
        }
        return r.note();
    }
}
