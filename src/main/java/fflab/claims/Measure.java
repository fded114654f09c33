package fflab.claims;

import com.fasterxml.jackson.databind.JsonNode;
import fflab.cnn.CamFigures;
import fflab.io.Json;
import fflab.report.ExperimentResults;
import fflab.report.LayerDynamics;
import fflab.report.Run;
import fflab.util.EnumId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** What fflab measures for a claim: one number per run (or per seed, for the gaps), from the run folders. */
public enum Measure implements EnumId {
    /** Test accuracy in percent. */
    ACCURACY(false) {
        @Override
        List<Value> values(ExperimentResults results, Claim c) {
            return runs(results, c.model(), c.where()).stream()
                    .map(r -> new Value(r, r.accuracyPercent())).toList();
        }
    },
    /** Test accuracy of {@code model} minus {@code versus}, in points, paired by seed. */
    ACCURACY_GAP(true) {
        @Override
        List<Value> values(ExperimentResults results, Claim c) {
            Map<String, Run> versus = new LinkedHashMap<>();
            runs(results, c.versus(), c.versusWhere()).forEach(r -> versus.putIfAbsent(r.seed(), r));
            List<Value> out = new ArrayList<>();
            for (Run r : runs(results, c.model(), c.where())) {
                Run other = versus.get(r.seed());
                if (other != null && other != r) {
                    out.add(new Value(r, r.accuracyPercent() - other.accuracyPercent()));
                }
            }
            return out;
        }
    },
    /** Epochs by which the last layer trails layer 1 in reaching 90 % of its final validation accuracy. */
    LAYER_LAG(false) {
        @Override
        List<Value> values(ExperimentResults results, Claim c) {
            List<Value> out = new ArrayList<>();
            for (LayerDynamics.RunLayers r : dynamics(results, c)) {
                r.lastBehindFirst().ifPresent(lag -> out.add(new Value(r.run(), lag)));
            }
            return out;
        }
    },
    /** Pearson's r of layer 1's validation accuracy with the model's over the epochs of a run. */
    LAYER1_CORRELATION(false) {
        @Override
        List<Value> values(ExperimentResults results, Claim c) {
            return dynamics(results, c).stream().filter(r -> !r.pearsons().get(0).isNaN())
                    .map(r -> new Value(r.run(), r.pearsons().get(0))).toList();
        }
    },
    /**
     * Deletion AUC with pixels removed in random order minus in ADS order (mean over the filter
     * sizes): positive when deleting the pixels ADS marks first hurts the model sooner than chance.
     */
    ADS_DELETION_GAIN(false) {
        @Override
        List<Value> values(ExperimentResults results, Claim c) {
            List<Value> out = new ArrayList<>();
            for (Run r : runs(results, c.model(), c.where())) {
                adsDeletionGain(r.dir()).ifPresent(v -> out.add(new Value(r, v)));
            }
            return out;
        }
    },
    /** Share of the CAM mass on the ink minus the ink's share of the image, in points (cam/cam.json). */
    CAM_INK_EXCESS(false) {
        @Override
        List<Value> values(ExperimentResults results, Claim c) {
            List<Value> out = new ArrayList<>();
            for (Run r : runs(results, c.model(), c.where())) {
                Path file = r.dir().resolve(CAM_DIR).resolve(CamFigures.SUMMARY_FILE);
                if (Files.isRegularFile(file)) {
                    JsonNode cam = Json.readTree(file);
                    out.add(new Value(r, cam.path("inkSharePercent").asDouble() - cam.path("inkAreaPercent").asDouble()));
                }
            }
            return out;
        }
    };

    /** The CAM figures of a CNN run, written by {@code fflab reproduce}. */
    public static final String CAM_DIR = "cam";
    static final double LAG_FRACTION = 0.9;

    /** One measured number and the run it comes from. */
    record Value(Run run, double value) {}

    private final boolean needsVersus;

    Measure(boolean needsVersus) {
        this.needsVersus = needsVersus;
    }

    boolean needsVersus() {
        return needsVersus;
    }

    abstract List<Value> values(ExperimentResults results, Claim c);

    /** The measure of a claims file's id (e.g. accuracy-gap), or null. */
    public static Measure of(String id) {
        return EnumId.find(values(), id).orElse(null);
    }

    /** Finished runs of a model whose flattened config has every value of {@code where}. */
    static List<Run> runs(ExperimentResults results, String model, Map<String, String> where) {
        return results.experiment().runs().stream().filter(Run::finished).filter(r -> r.model().equals(model))
                .filter(r -> where.entrySet().stream()
                        .allMatch(e -> e.getValue().equalsIgnoreCase(r.config().getOrDefault(e.getKey(), ""))))
                .toList();
    }

    private static List<LayerDynamics.RunLayers> dynamics(ExperimentResults results, Claim c) {
        List<Run> wanted = runs(results, c.model(), c.where());
        return LayerDynamics.compute(results, LAG_FRACTION).runs().stream()
                .filter(r -> wanted.contains(r.run())).toList();
    }

    /** From the run's saliency summary (saliency/summary.json or one level below it). */
    static Optional<Double> adsDeletionGain(Path runDir) {
        Path saliency = runDir.resolve("saliency");
        if (!Files.isDirectory(saliency)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(saliency, 2)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("summary.json")).sorted().toList()) {
                JsonNode faithfulness = Json.readTree(file).path("faithfulness");
                OptionalDouble random = auc(faithfulness, true);
                OptionalDouble ads = auc(faithfulness, false);
                if (random.isPresent() && ads.isPresent()) {
                    return Optional.of(random.getAsDouble() - ads.getAsDouble());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    private static OptionalDouble auc(JsonNode faithfulness, boolean random) {
        List<Double> aucs = new ArrayList<>();
        for (JsonNode n : faithfulness) {
            boolean isRandom = n.path("order").asText().equals("random");
            if (n.path("curve").asText().equals("deletion") && isRandom == random && n.path("auc").isNumber()) {
                aucs.add(n.path("auc").asDouble());
            }
        }
        return aucs.stream().mapToDouble(Double::doubleValue).average();
    }
}
