package fflab.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** Average ranks (1-based, ties share the mean of their positions) and the tie term of rank tests. */
final class Ranks {
    private static final NaturalRanking AVERAGE = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private Ranks() {
    }

    static double[] average(double[] values) {
        return AVERAGE.rank(values);
    }

    /**
     * Sum of t^3 - t over the groups of exactly equal values, t being each group's size; zero
     * when there are no ties. Both the Kruskal-Wallis and the signed-rank tie corrections are
     * built from it (Hollander, Wolfe and Chicken, Nonparametric Statistical Methods, 3rd ed.,
     * 2014, sections 3.1 and 6.1). Ties are exact equality, as in R and scipy.
     */
    static double tieTerm(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                sum += t * t * t - t;
                start = i;
            }
        }
        return sum;
    }
}
