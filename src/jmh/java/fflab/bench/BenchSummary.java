package fflab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Prints JMH's JSON results as a short table: benchmark, parameters, score, error, and for FF
 * layer steps the ratio to ND4J's matrix multiply of the same shape ("GEMM-times"), samples per
 * second and effective GFLOP/s (the 4 multiplies of a straightforward step). ADS rows (one filter
 * position over a 10,000-image test set) are divided by the first layer's multiply on that set,
 * {@value #ADS_GEMM}, and their samples/s counts occluded images.
 */
public final class BenchSummary {
    /** The GEMM shape the {@link AdsBenchmark} rows are divided by: the first layer on the test set. */
    static final String ADS_GEMM = AdsBenchmark.IMAGES + "x784x500";

    private BenchSummary() {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Double> gemmMillis = new HashMap<>();
        for (JsonNode r : results) {
            if (r.path("benchmark").asText().endsWith("GemmBenchmark.gemm")) {
                gemmMillis.put(r.path("params").path("shape").asText(), r.path("primaryMetric").path("score").asDouble());
            }
        }
        System.out.printf("%-32s %-16s %12s %10s %6s %11s %12s %9s%n", "benchmark", "params", "score", "error", "unit",
                "GEMM-times", "samples/s", "GFLOP/s");
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText().replaceFirst(".*\\.bench\\.", "");
            String params = r.path("params").isMissingNode() ? "" : r.path("params").toString()
                    .replaceAll("[{}\"]", "").replace("shape:", "").replace("batch:", "batch ");
            JsonNode m = r.path("primaryMetric");
            double score = m.path("score").asDouble();
            String shape = r.path("params").path("shape").asText("");
            String ratio = "";
            String samples = "";
            String gflops = "";
            if (name.startsWith("FFLayerStepBenchmark") && gemmMillis.containsKey(shape)) {
                int[] s = Shapes.parse(shape);
                ratio = String.format("%.2f", score / gemmMillis.get(shape));
                samples = String.format("%.0f", s[0] / (score / 1e3));
                gflops = String.format("%.1f", 4 * 2.0 * s[0] * s[1] * s[2] / (score / 1e3) / 1e9);
            } else if (name.startsWith("AdsBenchmark")) {
                JsonNode p = r.path("params");
                params = p.path("model").asText() + " " + p.path("path").asText() + " k=" + p.path("k").asText();
                if (gemmMillis.containsKey(ADS_GEMM)) {
                    ratio = String.format("%.2f", score / gemmMillis.get(ADS_GEMM));
                }
                samples = String.format("%.0f", AdsBenchmark.IMAGES / (score / 1e3));
            } else if (name.startsWith("GemmBenchmark")) {
                int[] s = Shapes.parse(shape);
                gflops = String.format("%.1f", 2.0 * s[0] * s[1] * s[2] / (score / 1e3) / 1e9);
            }
            System.out.printf("%-32s %-16s %12.3f %10.3f %6s %11s %12s %9s%n", name, params, score,
                    m.path("scoreError").asDouble(), m.path("scoreUnit").asText(), ratio, samples, gflops);
        }
    }
}
