package fflab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One named series over training, e.g. "layer 2" validation accuracy per epoch.
 *
 * @param x strictly increasing epochs (cumulative over sequential stages)
 * @param y one value per epoch; NaN where it was not measured
 */
public record Curve(String name, int[] x, double[] y) {

    public double last() {
        return y.length == 0 ? Double.NaN : y[y.length - 1];
    }

    /**
     * The mean curve per name over several runs' curves, each epoch averaging the runs that
     * measured it (a run with fewer epochs only counts where it has them).
     */
    public static List<Curve> mean(List<List<Curve>> perRun) {
        Map<String, TreeMap<Integer, double[]>> sums = new LinkedHashMap<>(); // epoch -> {sum, count}
        for (List<Curve> curves : perRun) {
            for (Curve c : curves) {
                TreeMap<Integer, double[]> byEpoch = sums.computeIfAbsent(c.name(), n -> new TreeMap<>());
                for (int i = 0; i < c.x().length; i++) {
                    if (!Double.isNaN(c.y()[i])) {
                        double[] s = byEpoch.computeIfAbsent(c.x()[i], e -> new double[2]);
                        s[0] += c.y()[i];
                        s[1]++;
                    }
                }
            }
        }
        List<Curve> means = new ArrayList<>();
        sums.forEach((name, byEpoch) -> {
            int[] x = byEpoch.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] y = byEpoch.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
            means.add(new Curve(name, x, y));
        });
        return means;
    }
}
