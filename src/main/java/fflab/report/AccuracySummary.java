package fflab.report;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.FflabException;
import fflab.io.AtomicFiles;
import fflab.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The accuracy table of a folder of run summaries ({@code results/reference/accuracy/}): one row per
 * run name (folders {@code NAME} or {@code NAME-seedN}, seeds of one name pooled), read from each
 * run's {@code config.json} and {@code metrics.json}. It is written as {@code summary.csv} and as
 * the Markdown table README shows between {@link #BEGIN} and {@link #END}, so neither is typed by hand.
 */
public final class AccuracySummary {
    public static final String CSV = "summary.csv";
    public static final String BEGIN = "<!-- accuracy-summary:begin (fflab accuracy-summary writes this table) -->";
    public static final String END = "<!-- accuracy-summary:end -->";
    static final List<String> HEADER = List.of("name", "model", "dataset", "prediction", "seeds",
            "test_accuracy_mean", "test_accuracy_sd", "train_seconds");

    /** One run name: its seeds' test accuracies (fractions) and mean training time. */
    public record Row(String name, String model, String dataset, String prediction, int seeds, double mean,
                      double sd, double trainSeconds) {
        List<String> cells() {
            return List.of(name, model, dataset, prediction, Integer.toString(seeds),
                    String.format(Locale.ROOT, "%.4f", mean),
                    seeds > 1 ? String.format(Locale.ROOT, "%.4f", sd) : "",
                    String.format(Locale.ROOT, "%.0f", trainSeconds));
        }
    }

    private AccuracySummary() {}

    /** The rows of every run folder under {@code dir}, by name. */
    public static List<Row> read(Path dir) {
        Map<String, List<JsonNode[]>> byName = new TreeMap<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path run : folders.filter(p -> Files.isRegularFile(p.resolve("metrics.json"))).sorted().toList()) {
                String name = run.getFileName().toString().replaceFirst("-seed\\d+$", "");
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new JsonNode[] {
                        Json.readTree(run.resolve("config.json")), Json.readTree(run.resolve("metrics.json"))});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<Row> rows = new ArrayList<>();
        byName.forEach((name, runs) -> rows.add(row(name, runs)));
        return rows;
    }

    private static Row row(String name, List<JsonNode[]> runs) {
        JsonNode config = runs.get(0)[0];
        SummaryStatistics accuracy = new SummaryStatistics();
        SummaryStatistics seconds = new SummaryStatistics();
        for (JsonNode[] run : runs) {
            if (!run[0].path("model").equals(config.path("model")) || !run[0].path("dataset").equals(config.path("dataset"))) {
                throw new FflabException(name + ": its seeds' folders hold different models or datasets");
            }
            accuracy.addValue(run[1].path("test").path("accuracy").asDouble());
            seconds.addValue(run[1].path("trainSeconds").asDouble());
        }
        String model = id(config.path("model").asText());
        return new Row(name, model, id(config.path("dataset").asText()), prediction(model, config.path("config")),
                runs.size(), accuracy.getMean(), accuracy.getStandardDeviation(), seconds.getMean());
    }

    /** How the model predicts: softmax (BP), or the FF classifier (goodness unless a linear readout). */
    private static String prediction(String model, JsonNode options) {
        if (model.startsWith("bp-")) {
            return "softmax";
        }
        String rule = options.path("rule").asText("label_patterns").equals("CHANNEL_WISE") ? " (channel-wise)" : "";
        return options.path("classifier").asText("goodness").toLowerCase(Locale.ROOT).replace("linear", "linear readout")
                + rule;
    }

    private static String id(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static void writeCsv(List<Row> rows, Path file) {
        fflab.io.Csv.write(file, HEADER, rows.stream().map(Row::cells).toList());
    }

    /** The README table: accuracy in per cent (mean +- sd over seeds), training time in minutes. */
    public static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("| run | model | dataset | prediction | seeds | test accuracy | training |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %.2f %%%s | %.1f min |%n", r.name(),
                    r.model(), r.dataset(), r.prediction(), r.seeds(), 100 * r.mean(),
                    r.seeds() > 1 ? String.format(Locale.ROOT, " +- %.2f", 100 * r.sd()) : "", r.trainSeconds() / 60));
        }
        return md.toString();
    }

    /** {@code text} with the table between its markers replaced by {@code table}. */
    public static String spliced(String text, String table, Path file) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new FflabException(file + ": no accuracy table markers " + BEGIN + " ... " + END);
        }
        return text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end);
    }

    /** Writes {@code dir/summary.csv} and, when {@code readme} is not null, README's table. */
    public static List<Row> update(Path dir, Path readme) {
        List<Row> rows = read(dir);
        writeCsv(rows, dir.resolve(CSV));
        if (readme != null) {
            try {
                AtomicFiles.writeString(readme, spliced(Files.readString(readme), markdown(rows), readme));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + readme, e);
            }
        }
        return rows;
    }
}
