package fflab.report;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.io.Csv;
import fflab.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the ADS maps of a run: every {@code saliency.json} under its saliency/ folder, in
 * today's layout ({@code saliency/k<K>/saliency.json} with the matrices inside) and in the one
 * where each output has its own folder ({@code saliency/<key>/saliency.json} naming its map
 * files, maybe with {@code k<K>/} folders below). A saliency.json without an ADS matrix of its
 * own or an {@code ads.csv} beside it (a folder's index) is skipped; an unreadable one too.
 */
final class AdsMapFiles {
    static final String MAP_JSON = "saliency.json";
    private static final int MAX_DEPTH = 4;

    private AdsMapFiles() {
    }

    /** The run's maps in folder order; empty without a saliency/ folder. */
    static List<AdsMap> read(Path runDir) {
        Path root = runDir.resolve(SaliencyFiles.FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            files = walk.filter(p -> p.getFileName().toString().equals(MAP_JSON)).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<AdsMap> maps = new ArrayList<>();
        for (Path file : files) {
            read(root, file).ifPresent(maps::add);
        }
        return maps;
    }

    /** Whether the run has fflab saliency.json files (and not only loose files). */
    static boolean present(Path runDir) {
        return !read(runDir).isEmpty();
    }

    private static Optional<AdsMap> read(Path root, Path file) {
        try {
            JsonNode json = Json.readTree(file);
            Path dir = file.getParent();
            double[][] ads = matrix(json.path("ads"), dir, json, "ads", "ads.csv");
            if (ads == null) {
                return Optional.empty();
            }
            JsonNode options = json.path("options");
            int filter = integer(json, options, "filterSize", "filter_size", "filter");
            int stride = integer(json, options, "stride", "stride", "stride");
            String baseline = text(json, options, "baseline");
            String evaluation = json.path("evaluation").path("set").asText(text(json, options, "evaluation"));
            JsonNode sig = json.path("significance");
            int significant = sig.path("significantPositions").isNumber() ? sig.path("significantPositions").asInt()
                    : -1;
            String how = sig.isMissingNode() ? "" : "McNemar" + (sig.path("correction").isTextual()
                    ? ", " + sig.path("correction").asText() : "") + (sig.path("alpha").isNumber()
                            ? ", alpha " + sig.path("alpha").asText() : "");
            List<AdsMap.ClassMap> classes = new ArrayList<>();
            for (JsonNode c : json.path("perClass")) {
                int label = c.path("class").asInt(classes.size());
                double[][] m = matrix(c.path("ads"), dir, json, "ads-class-" + label, "ads-class-" + label + ".csv");
                if (m != null) {
                    classes.add(new AdsMap.ClassMap(label, m, c.path("significantPositions").asInt(-1)));
                }
            }
            String folder = root.relativize(dir).toString();
            return Optional.of(new AdsMap(folder.isEmpty() ? "." : folder, filter, stride, baseline.isEmpty()
                    ? "?" : baseline, evaluation.isEmpty() ? "?" : evaluation, json.path("method").asText(""),
                    ads, significant, how, classes));
        } catch (RuntimeException e) { // not a map file of a format this report knows
            return Optional.empty();
        }
    }

    /** A JSON matrix scaled to points, else the named CSV beside the file; null when neither. */
    private static double[][] matrix(JsonNode node, Path dir, JsonNode json, String field, String csv) {
        if (node.isArray() && node.size() > 0 && node.path(0).isArray()) {
            double[][] m = new double[node.size()][];
            for (int r = 0; r < node.size(); r++) {
                JsonNode row = node.path(r);
                m[r] = new double[row.size()];
                for (int c = 0; c < row.size(); c++) {
                    m[r][c] = row.path(c).isNumber() ? 100 * row.path(c).asDouble() : Double.NaN;
                }
            }
            return m;
        }
        JsonNode named = json.path("files").path(field);
        Path file = dir.resolve(named.isTextual() ? named.asText() : csv);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<Map<String, String>> rows = Csv.read(file);
        double[][] m = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            m[r] = rows.get(r).values().stream().mapToDouble(v -> 100 * TrainingHistory.number(v)).toArray();
        }
        return m.length == 0 ? null : m;
    }

    private static int integer(JsonNode json, JsonNode options, String field, String snake, String alt) {
        for (JsonNode n : List.of(json.path(field), options.path(field), options.path(snake), options.path(alt))) {
            if (n.isNumber()) {
                return n.asInt();
            }
        }
        return 0;
    }

    private static String text(JsonNode json, JsonNode options, String field) {
        for (JsonNode n : List.of(json.path(field), options.path(field))) {
            if (n.isValueNode() && !n.isNull()) {
                return n.asText();
            }
        }
        return "";
    }
}
