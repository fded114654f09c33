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
 * second and effective GFLOP/s (the 4 multiplies of a straightforward step). Convolutional FF steps
 * get the ratio to ND4J's conv2d + conv2d_bp on the same maps ("ref-times" is then that), images per
 * second and GFLOP/s (forward and kernel gradient of positive and negative maps). ADS rows (one filter
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
        Map<String, Double> nd4jConvMillis = new HashMap<>();
        for (JsonNode r : results) {
            String shape = r.path("params").path("shape").asText();
            double score = r.path("primaryMetric").path("score").asDouble();
            if (r.path("benchmark").asText().endsWith("GemmBenchmark.gemm")) {
                gemmMillis.put(shape, score);
            } else if (r.path("benchmark").asText().endsWith("ConvNd4jBenchmark.forwardBackward")) {
                nd4jConvMillis.put(shape, score);
            }
        }
        System.out.printf("%-36s %-16s %12s %10s %6s %11s %12s %9s%n", "benchmark", "params", "score", "error", "unit",
                "ref-times", "samples/s", "GFLOP/s");
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
            } else if (name.startsWith("Conv")) {
                ConvShapes c = ConvShapes.parse(shape);
                double seconds = score / 1e3;
                boolean ff = name.startsWith("ConvFFStepBenchmark");
                if (ff && nd4jConvMillis.containsKey(shape)) {
                    ratio = String.format("%.2f", score / nd4jConvMillis.get(shape));
                }
                // multiplies: forward (+ kernel gradient for FF; + kernel and input gradients for conv2d_bp)
                int passes = ff ? 2 : name.endsWith("forwardBackward") ? 3 : 1;
                samples = String.format("%.0f", c.images() / seconds);
                gflops = String.format("%.1f", passes * 2 * c.forwardMultiplyAdds() / seconds / 1e9);
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
            System.out.printf("%-36s %-16s %12.3f %10.3f %6s %11s %12s %9s%n", name, params, score,
                    m.path("scoreError").asDouble(), m.path("scoreUnit").asText(), ratio, samples, gflops);
        }
        System.out.println("ref-times: FF layer step / ND4J GEMM of the shape; convolutional FF step / ND4J conv2d + "
                + "conv2d_bp on the same maps. samples/s: images per second (an FF step sees each twice).");
    }
}
