package fflab.experiment.regression;

import fflab.FflabException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per (model, dataset) group of a {@code runs.csv}, the values of each checked metric over the
 * seeds. Only finished runs count; a group with an unfinished run is reported as incomplete.
 */
final class MetricStats {
    static final List<String> METRICS = List.of("test_accuracy", "test_macro_f1");

    /** group ("ff-mlp/mnist") -> metric -> values over seeds, in table order. */
    private final Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
    private final Map<String, Integer> unfinished = new LinkedHashMap<>();

    /** @param seeds the seeds to take, or empty for all */
    MetricStats(List<Map<String, String>> rows, Set<Long> seeds) {
        for (Map<String, String> row : rows) {
            if (!seeds.isEmpty() && !seeds.contains(Long.parseLong(row.get("seed")))) {
                continue;
            }
            String group = group(row.get("model"), row.get("dataset"));
            if (!"done".equals(row.get("status"))) {
                unfinished.merge(group, 1, Integer::sum);
                continue;
            }
            for (String metric : METRICS) {
                values.computeIfAbsent(group, g -> new LinkedHashMap<>())
                        .computeIfAbsent(metric, m -> new ArrayList<>()).add(parse(row, metric));
            }
        }
    }

    static String group(String model, String dataset) {
        return model + "/" + dataset;
    }

    Set<String> groups() {
        return values.keySet();
    }

    List<Double> values(String group, String metric) {
        return values.getOrDefault(group, Map.of()).getOrDefault(metric, List.of());
    }

    int unfinished(String group) {
        return unfinished.getOrDefault(group, 0);
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Sample standard deviation (n - 1). */
    static double sd(List<Double> v) {
        double m = mean(v);
        double ss = v.stream().mapToDouble(x -> (x - m) * (x - m)).sum();
        return v.size() < 2 ? Double.NaN : Math.sqrt(ss / (v.size() - 1));
    }

    private static double parse(Map<String, String> row, String metric) {
        try {
            return Double.parseDouble(row.get(metric));
        } catch (NumberFormatException | NullPointerException e) {
            throw new FflabException("run " + row.get("run_id") + " has no number in column " + metric);
        }
    }
}
