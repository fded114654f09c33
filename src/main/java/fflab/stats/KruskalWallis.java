package fflab.stats;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The Kruskal-Wallis H test (Kruskal and Wallis 1952; Hollander, Wolfe and Chicken 2014, section
 * 6.1), which Commons Math lacks:
 * H = [12 / (N(N+1)) sum_i R_i^2 / n_i - 3(N+1)] / [1 - sum(t^3 - t) / (N^3 - N)],
 * with average ranks over all N values, R_i the rank sum of group i and the denominator the tie
 * correction. p from Commons Math's chi-square distribution with k - 1 df, as R's kruskal.test and
 * scipy.stats.kruskal do. Effect: epsilon squared E_R^2 = H / ((N^2 - 1) / (N + 1)) = H / (N - 1)
 * (Tomczak and Tomczak 2014, Trends in Sport Sciences 21:19). Groups of one value are fine; not
 * testable with fewer than 2 groups, an empty group, or all values equal.
 */
final class KruskalWallis {
    static final String TEST = "Kruskal-Wallis";
    static final String EFFECT = "epsilon squared";

    private KruskalWallis() {
    }

    static TestResult test(List<double[]> groups) {
        Checks.groups(groups);
        int k = groups.size();
        int total = groups.stream().mapToInt(g -> g.length).sum();
        if (k < 2) {
            return TestResult.notTestable(TEST, EFFECT, total, "fewer than 2 groups");
        }
        if (groups.stream().anyMatch(g -> g.length == 0)) {
            return TestResult.notTestable(TEST, EFFECT, total, "a group is empty");
        }
        double[] pooled = new double[total];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, pooled, at, g.length);
            at += g.length;
        }
        double n = total;
        double tieCorrection = 1 - Ranks.tieTerm(pooled) / (n * n * n - n);
        if (tieCorrection == 0) {
            return TestResult.notTestable(TEST, EFFECT, total, "all values are equal");
        }
        double[] ranks = Ranks.average(pooled);
        double sumOfSquaredRankSumsPerSize = 0;
        at = 0;
        for (double[] g : groups) {
            double rankSum = 0;
            for (int i = 0; i < g.length; i++) {
                rankSum += ranks[at++];
            }
            sumOfSquaredRankSumsPerSize += rankSum * rankSum / g.length;
        }
        double h = (12 / (n * (n + 1)) * sumOfSquaredRankSumsPerSize - 3 * (n + 1)) / tieCorrection;
        double p = 1 - new ChiSquaredDistribution(null, k - 1).cumulativeProbability(h);
        return new TestResult(TEST, h, p, EFFECT, h / (n - 1), total, "df = " + (k - 1) + "; tie-corrected H");
    }
}
