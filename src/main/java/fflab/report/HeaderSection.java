package fflab.report;

import static j2html.TagCreator.a;
import static j2html.TagCreator.details;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.header;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.tr;

import fflab.FflabVersion;
import j2html.tags.DomContent;
import j2html.tags.specialized.TrTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's head: what experiment, from which code and machine, how much compute, and with
 * which statistical settings. Facts that differ between runs are all listed.
 */
final class HeaderSection {
    static final int MAX_SPEC_CHARS = 20_000;

    private HeaderSection() {
    }

    static DomContent render(ReportContext context, Instant generated) {
        Experiment e = context.results().experiment();
        List<Run> runs = e.runs();
        long finished = runs.stream().filter(Run::finished).count();
        long failed = runs.stream().filter(r -> r.status() == RunStatus.FAILED).count();
        ReportOptions o = context.options();
        List<TrTag> rows = new ArrayList<>();
        rows.add(fact("results folder", a(e.dir().toString()).withHref(Links.relative(context.reportDir(), e.dir()))));
        rows.add(fact("spec", spec(e)));
        if (!e.sweep().isMissingNode()) {
            rows.add(fact("scale", span(e.sweep().path("scale").asText("").isBlank() ? "(not recorded)"
                    : e.sweep().path("scale").asText())));
            List<String> sets = new ArrayList<>();
            e.sweep().path("sets").forEach(n -> sets.add(n.asText()));
            rows.add(fact("--set", span(sets.isEmpty() ? "none" : String.join("  ", sets))));
        }
        rows.add(fact("generated", span(DateTimeFormatter.ISO_INSTANT.format(generated.atOffset(ZoneOffset.UTC)))));
        rows.add(fact("runs", span(runs.size() + " (" + finished + " finished, " + failed + " failed, "
                + (runs.size() - finished - failed) + " incomplete)")));
        rows.add(fact("fflab version", span(distinct(runs, r -> r.environment("fflabVersion"))
                + " (report written by " + FflabVersion.get() + ")")));
        rows.add(fact("git commit", span(distinct(runs, r -> r.environment("gitCommit")
                + ("true".equals(r.environment("gitDirty")) ? " (uncommitted changes)" : "")))));
        rows.add(fact("backend", span(distinct(runs, r -> join(r.environment("nd4jBackend"),
                "ND4J " + r.environment("nd4jVersion"), r.environment("blasVendor"), r.environment("dataType"))))));
        rows.add(fact("hardware", span(distinct(runs, r -> join(r.environment("cpuModel"),
                r.environment("availableProcessors") + " cores", "GPU " + r.environment("gpu"),
                r.environment("hostname"))))));
        rows.add(fact("total compute time", span(Fmt.duration(runs.stream().mapToDouble(Run::computeSeconds).sum())
                + " (" + computeNote(runs) + ")")));
        rows.add(fact("statistics", span("95 % intervals; bootstrap " + o.resamples() + " resamples, seed "
                + o.bootstrapSeed() + "; p-values adjusted by " + o.correction().label() + " within each table; "
                + "alpha = " + o.alpha())));
        return header(h1("fflab report: " + e.name()), table(tbody(rows.toArray(TrTag[]::new))).withClass("facts"));
    }

    /** What the total counts: every step of every run folder, retrained duplicates included. */
    private static String computeNote(List<Run> runs) {
        Set<String> steps = new TreeSet<>();
        runs.forEach(r -> r.done().path("stepSeconds").fieldNames().forEachRemaining(steps::add));
        long withSteps = runs.stream().filter(r -> r.computeSource().equals("steps")).count();
        String counted = steps.isEmpty() ? "wall clock" : "sum of every step (" + String.join(", ", steps) + ")";
        String rest = withSteps == runs.size() || withSteps == 0 ? ""
                : "; " + Fmt.count(runs.size() - withSteps, "run") + " without step times: their wall clock";
        return counted + rest + ", all " + Fmt.count(runs.size(), "run folder");
    }

    private static TrTag fact(String name, DomContent value) {
        return tr(th(name), td(value));
    }

    private static DomContent spec(Experiment e) {
        if (e.spec().isEmpty()) {
            boolean runsCsv = Files.isRegularFile(e.dir().resolve("runs.csv"));
            return span("no copy of the spec in the results folder" + (runsCsv ? " (runs.csv present)" : ""));
        }
        Path file = e.spec().get();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            text = "(unreadable: " + ex.getMessage() + ")";
        }
        if (text.length() > MAX_SPEC_CHARS) {
            text = text.substring(0, MAX_SPEC_CHARS) + "\n...";
        }
        return details(summary(file.getFileName().toString()), pre(text));
    }

    /** The distinct non-blank values over the runs, "; "-separated; "unknown" when there are none. */
    private static String distinct(List<Run> runs, Function<Run, String> value) {
        String s = runs.stream().filter(r -> !r.provenance().isMissingNode()).map(value).filter(Objects::nonNull)
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().sorted().collect(Collectors.joining("; "));
        return s.isEmpty() ? Run.UNKNOWN : s;
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
    }
}
