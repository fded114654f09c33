package fflab.saliency;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.FflabException;
import fflab.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * FF next to BP: for every filter size both runs have, one figure with the overall and per-class
 * maps of both models on one colour scale (the paper's figures 4 and 5, side by side), and the
 * Pearson correlation of the two models' maps. Reads only the runs' {@code saliency.json} files.
 */
public final class SaliencyComparison {
    private SaliencyComparison() {}

    /** One map file, read back. */
    private record MapFile(String name, int filter, int rows, int cols, double[] ads, double[] mean,
                           List<double[]> classAds, List<double[]> classMeans, int significant, double accuracy) {}

    /** Writes {@code ff-vs-bp-k<K>.png} and {@code .json} per common filter size; returns the files written. */
    public static List<Path> write(Path ffRun, Path bpRun, Path outDir) {
        Map<Integer, MapFile> ff = maps(ffRun);
        Map<Integer, MapFile> bp = maps(bpRun);
        List<Path> written = new ArrayList<>();
        for (int k : ff.keySet()) {
            if (!bp.containsKey(k)) {
                continue;
            }
            MapFile a = ff.get(k);
            MapFile b = bp.get(k);
            if (a.rows() != b.rows() || a.cols() != b.cols()) {
                throw new FflabException("--compare: the maps of " + ffRun + " and " + bpRun + " have different shapes");
            }
            boolean classes = !a.classAds().isEmpty() && !b.classAds().isEmpty();
            List<SaliencyFigures.Panel> panels = new ArrayList<>();
            for (MapFile m : List.of(a, b)) {
                panels.add(new SaliencyFigures.Panel(m.name() + ": all", m.ads(), a.mean()));
                if (classes) {
                    for (int c = 0; c < m.classAds().size(); c++) {
                        panels.add(new SaliencyFigures.Panel("class " + c, m.classAds().get(c), a.classMeans().get(c)));
                    }
                }
            }
            Path png = outDir.resolve("ff-vs-bp-k" + k + ".png");
            SaliencyFigures.grid(png, "ADS " + k + "x" + k + ": " + a.name() + " (top) vs " + b.name() + " (bottom)",
                    panels, panels.size() / 2, a.rows(), a.cols(), "accuracy drop");
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("filterSize", k);
            json.put("ff", Map.of("name", a.name(), "baseAccuracy", a.accuracy(), "significantPositions", a.significant()));
            json.put("bp", Map.of("name", b.name(), "baseAccuracy", b.accuracy(), "significantPositions", b.significant()));
            json.put("pearsonAll", pearson(a.ads(), b.ads()));
            if (classes) {
                List<Double> perClass = new ArrayList<>();
                for (int c = 0; c < a.classAds().size(); c++) {
                    perClass.add(pearson(a.classAds().get(c), b.classAds().get(c)));
                }
                json.put("pearsonPerClass", perClass);
            }
            Path file = outDir.resolve("ff-vs-bp-k" + k + ".json");
            Json.write(file, json);
            written.add(png);
            written.add(file);
        }
        if (written.isEmpty()) {
            throw new FflabException("--compare: " + ffRun + " has maps for filter sizes " + ff.keySet() + ", " + bpRun
                    + " for " + bp.keySet() + "; they need one in common");
        }
        return written;
    }

    /** NaN when either map is constant. */
    private static double pearson(double[] x, double[] y) {
        return new PearsonsCorrelation().correlation(x, y);
    }

    /**
     * Where a run's maps are: its one output folder {@code saliency/<key>/} (sweeps), its
     * {@code saliency/} when that holds {@code k<K>/} maps itself, or the folder itself (a key
     * folder given directly). A run with several outputs must be given as one of its key folders.
     */
    static Path saliencyDir(Path run) {
        Path inside = run.resolve(SaliencyStep.DIR);
        if (!Files.isDirectory(inside)) {
            return run;
        }
        try (Stream<Path> children = Files.list(inside)) {
            List<Path> all = children.filter(Files::isDirectory).sorted().toList();
            if (all.stream().anyMatch(c -> c.getFileName().toString().matches("k\\d+"))) {
                return inside;
            }
            List<Path> keys = all.stream().filter(c -> !c.getFileName().toString().equals("compare")).toList();
            if (keys.size() > 1) {
                throw new FflabException("--compare: " + run + " has several saliency outputs ("
                        + keys.stream().map(k -> k.getFileName().toString()).collect(Collectors.joining(", "))
                        + "); give the one to compare, e.g. " + keys.get(0));
            }
            return keys.isEmpty() ? inside : keys.get(0);
        } catch (IOException e) {
            return inside;
        }
    }

    private static Map<Integer, MapFile> maps(Path run) {
        Path dir = saliencyDir(run);
        Map<Integer, MapFile> out = new TreeMap<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.toList()) {
                Path file = child.resolve(SaliencyWriter.MAP_JSON);
                if (child.getFileName().toString().matches("k\\d+") && Files.isRegularFile(file)) {
                    MapFile m = read(file);
                    out.put(m.filter(), m);
                }
            }
        } catch (IOException e) {
            throw new FflabException("--compare: cannot read saliency maps in " + dir + " (" + e.getMessage()
                    + "); run 'fflab saliency --model " + run + "' first");
        }
        if (out.isEmpty()) {
            throw new FflabException("--compare: no saliency maps (k<K>/" + SaliencyWriter.MAP_JSON + ") in " + dir
                    + "; run 'fflab saliency --model " + run + "' first");
        }
        return out;
    }

    private static MapFile read(Path file) {
        JsonNode root = Json.readTree(file);
        if (!SaliencyWriter.FORMAT.equals(root.path("format").asText())) {
            throw new FflabException(file + ": not an fflab saliency map (field format is not '" + SaliencyWriter.FORMAT
                    + "')");
        }
        List<double[]> classAds = new ArrayList<>();
        List<double[]> classMeans = new ArrayList<>();
        for (JsonNode c : root.path("perClass")) {
            classAds.add(flat(c.path("ads")));
            classMeans.add(flat(c.path("meanImage")));
        }
        JsonNode ads = root.path("ads");
        return new MapFile(root.path("model").path("name").asText(root.path("model").path("kind").asText()),
                root.path("filterSize").asInt(), ads.size(), ads.path(0).size(), flat(ads),
                flat(root.path("overallMeanImage")), classAds, classMeans,
                root.path("significance").path("significantPositions").asInt(), root.path("baseAccuracy").asDouble());
    }

    private static double[] flat(JsonNode matrix) {
        List<Double> values = new ArrayList<>();
        for (JsonNode row : matrix) {
            for (JsonNode v : row) {
                values.add(v.isNumber() ? v.asDouble() : Double.NaN);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
