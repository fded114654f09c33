package fflab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One named series over training, e.g. "layer 2" validation accuracy per epoch.
 *
 * @param x     strictly increasing epochs (cumulative over sequential stages)
 * @param y     one value per epoch; NaN where it was not measured
 * @param lower the lowest seed's value per epoch, for a band across seeds (y for one run)
 * @param upper the highest seed's value per epoch
 */
public record Curve(String name, int[] x, double[] y, double[] lower, double[] upper) {

    /** A curve of one run: no band. */
    public Curve(String name, int[] x, double[] y) {
        this(name, x, y, y, y);
    }

    public double last() {
        return y.length == 0 ? Double.NaN : y[y.length - 1];
    }

    /**
     * The mean curve per name over several runs' curves, each epoch averaging the runs that
     * measured it (a run with fewer epochs only counts where it has them), with the lowest and
     * highest run at each epoch as its band.
     */
    public static List<Curve> mean(List<List<Curve>> perRun) {
        Map<String, TreeMap<Integer, double[]>> sums = new LinkedHashMap<>(); // epoch -> {sum, count, min, max}
        for (List<Curve> curves : perRun) {
            for (Curve c : curves) {
                TreeMap<Integer, double[]> byEpoch = sums.computeIfAbsent(c.name(), n -> new TreeMap<>());
                for (int i = 0; i < c.x().length; i++) {
                    if (!Double.isNaN(c.y()[i])) {
                        double[] s = byEpoch.computeIfAbsent(c.x()[i], e -> new double[] {0, 0,
                            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
                        s[0] += c.y()[i];
                        s[1]++;
                        s[2] = Math.min(s[2], c.y()[i]);
                        s[3] = Math.max(s[3], c.y()[i]);
                    }
                }
            }
        }
        List<Curve> means = new ArrayList<>();
        sums.forEach((name, byEpoch) -> {
            int[] x = byEpoch.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] y = byEpoch.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
            double[] lower = byEpoch.values().stream().mapToDouble(s -> s[2]).toArray();
            double[] upper = byEpoch.values().stream().mapToDouble(s -> s[3]).toArray();
            means.add(new Curve(name, x, y, lower, upper));
        });
        return means;
    }
}
