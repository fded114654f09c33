package fflab.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The small-sample rules of the reports, in one place: the fewest observations each test or
 * interval needs before its outcome is shown as a verdict, and the smallest p-value a test can
 * reach with the observations it has. A report shows a test below its minimum as
 * "not testable (n = 2)" instead of a verdict, whatever p-value the formula would give.
 *
 * <p>Why these minimums:
 * <ul>
 * <li>paired t: {@value #MIN_PAIRED_T} pairs. With 2 pairs the sd of the differences rests on one
 * degree of freedom, so a tiny sd (two seeds that happen to agree) gives an absurd d_z.</li>
 * <li>Wilcoxon signed-rank: the exact two-sided p cannot go below 2 / 2^n, so with fewer than
 * {@link #minSignedRank(double) log2(2 / alpha)} non-zero differences it can never reach alpha
 * (6 at alpha = 0.05, where 5 give at best 0.0625).</li>
 * <li>one-way ANOVA: {@value #MIN_PER_GROUP_ANOVA} runs per level; with 2 the within-group
 * variance has as many df as levels and the F test is as fragile as the t test above.</li>
 * <li>Kruskal-Wallis: {@value #MIN_PER_GROUP_KRUSKAL} values per group, the usual condition for its
 * chi-square p-value (Hollander, Wolfe and Chicken 2014, section 6.1).</li>
 * <li>percentile bootstrap interval: {@value #MIN_BOOTSTRAP} values; below that resampling sees
 * so few distinct means that the "95 %" interval is close to the min-max range and too narrow.</li>
 * <li>correlation: {@value #MIN_CORRELATION} points (with 3, one point decides the sign).</li>
 * <li>McNemar: no minimum (its exact binomial p is valid for any count), but its smallest p is
 * stated: 2 / 2^m for m discordant images.</li>
 * </ul>
 */
public final class SmallSamples {
    public static final int MIN_PAIRED_T = 3;
    public static final int MIN_PER_GROUP_ANOVA = 3;
    public static final int MIN_PER_GROUP_KRUSKAL = 5;
    public static final int MIN_BOOTSTRAP = 10;
    public static final int MIN_CORRELATION = 5;
    /** Above this many groups the smallest Kruskal-Wallis p is bounded, not searched. */
    private static final int MAX_GROUPS_SEARCHED = 7;

    private SmallSamples() {
    }

    /** The fewest non-zero differences whose exact signed-rank p can reach {@code alpha}: 2^(1 - n) &lt;= alpha. */
    public static int minSignedRank(double alpha) {
        Checks.probability(alpha, "alpha");
        int n = 1;
        while (Math.pow(2, 1 - n) > alpha) {
            n++;
        }
        return n;
    }

    /** How the note of a test refused for its sample size starts. */
    public static final String NOT_TESTABLE_PREFIX = "not testable (n = ";

    /** "not testable (n = 2)": the verdict of a test below its minimum. */
    public static String notTestable(int n) {
        return NOT_TESTABLE_PREFIX + n + ")";
    }

    /**
     * The result unchanged when {@code n >= minimum}, otherwise the same test made not testable
     * with a note that states both numbers.
     *
     * @param unit what n counts, e.g. "pairs" or "runs per level"
     */
    public static TestResult require(TestResult result, int n, int minimum, String unit) {
        if (n >= minimum) {
            return result;
        }
        return new TestResult(result.test(), Double.NaN, Double.NaN, result.effectName(), Double.NaN, result.n(),
                notTestable(n) + ": " + result.test() + " needs at least " + minimum + " " + unit);
    }

    /** Exact two-sided signed-rank test of n non-zero differences without ties: 2 / 2^n (1 for n = 0). */
    public static double smallestPSignedRank(int n) {
        return Math.min(1, Math.pow(2, 1 - n));
    }

    /**
     * McNemar with m discordant images as {@link McNemar} computes it: exact 2 / 2^m below 25,
     * otherwise the continuity-corrected chi-square of all m on one side.
     */
    public static double smallestPMcNemar(int m) {
        if (m == 0) {
            return 1;
        }
        if (m < McNemar.EXACT_BELOW) {
            return Math.min(1, Math.pow(2, 1 - m));
        }
        double excess = m - 1.0;
        return 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(excess * excess / m);
    }

    /**
     * Kruskal-Wallis with these group sizes: the chi-square p of the largest H, reached when the
     * groups' ranks do not overlap (searched over the groups' orders for up to 7 groups; beyond,
     * the bound H &lt;= N - 1).
     */
    public static double smallestPKruskalWallis(int[] sizes) {
        int k = sizes.length;
        int total = 0;
        for (int s : sizes) {
            total += s;
        }
        if (k < 2 || total < 2) {
            return 1;
        }
        double h = k > MAX_GROUPS_SEARCHED ? total - 1 : largestH(sizes, total);
        return 1 - new ChiSquaredDistribution(null, k - 1).cumulativeProbability(h);
    }

    private static double largestH(int[] sizes, int total) {
        double best = 0;
        for (int[] order : permutations(sizes.length)) {
            double sum = 0;
            int next = 1;
            for (int g : order) {
                int s = sizes[g];
                if (s == 0) {
                    continue;
                }
                double rankSum = s * (next + next + s - 1) / 2.0; // ranks next .. next + s - 1
                sum += rankSum * rankSum / s;
                next += s;
            }
            best = Math.max(best, 12.0 / (total * (total + 1.0)) * sum - 3 * (total + 1.0));
        }
        return best;
    }

    private static List<int[]> permutations(int k) {
        List<int[]> out = new ArrayList<>();
        permute(new int[k], new boolean[k], 0, out);
        return out;
    }

    private static void permute(int[] current, boolean[] used, int at, List<int[]> out) {
        if (at == current.length) {
            out.add(current.clone());
            return;
        }
        for (int i = 0; i < current.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current[at] = i;
                permute(current, used, at + 1, out);
                used[i] = false;
            }
        }
    }
}
