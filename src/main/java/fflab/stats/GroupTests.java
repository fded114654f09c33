package fflab.stats;

import java.util.List;
import org.apache.commons.math3.stat.inference.OneWayAnova;

/** Several independent groups, e.g. one accuracy per seed for each of k models or layer depths. */
public final class GroupTests {
    static final String ANOVA = "one-way ANOVA";
    static final String ETA_SQUARED = "eta squared";

    private GroupTests() {
    }

    /**
     * F test of equal means from Commons Math's {@link OneWayAnova}; statistic F on (k - 1, N - k)
     * df. Effect: eta squared = SS_between / SS_total, here from F as F df1 / (F df1 + df2), which
     * is the same quantity (Cohen 1973, Educational and Psychological Measurement 33:107).
     * Not testable with fewer than 2 groups, a group of fewer than 2 values (Commons Math refuses
     * it), or no variation within the groups (F infinite or 0/0).
     */
    public static TestResult oneWayAnova(List<double[]> groups) {
        Checks.groups(groups);
        int k = groups.size();
        int total = groups.stream().mapToInt(g -> g.length).sum();
        if (k < 2) {
            return TestResult.notTestable(ANOVA, ETA_SQUARED, total, "fewer than 2 groups");
        }
        if (groups.stream().anyMatch(g -> g.length < 2)) {
            return TestResult.notTestable(ANOVA, ETA_SQUARED, total, "a group has fewer than 2 values");
        }
        OneWayAnova anova = new OneWayAnova();
        double f = anova.anovaFValue(groups);
        if (!Double.isFinite(f)) {
            return TestResult.notTestable(ANOVA, ETA_SQUARED, total, "no variation within the groups");
        }
        int df1 = k - 1;
        int df2 = total - k;
        double etaSquared = f * df1 / (f * df1 + df2);
        return new TestResult(ANOVA, f, anova.anovaPValue(groups), ETA_SQUARED, etaSquared, total,
                "df = " + df1 + ", " + df2);
    }

    /** Rank-based test of equal distributions; see {@link KruskalWallis}. */
    public static TestResult kruskalWallis(List<double[]> groups) {
        return KruskalWallis.test(groups);
    }
}
