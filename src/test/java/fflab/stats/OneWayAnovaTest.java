package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One-way ANOVA")
class OneWayAnovaTest {
    /** R's PlantGrowth data set (Dobson 1983): dried plant weight under a control and two treatments. */
    static final double[] CTRL = {4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14};
    static final double[] TRT1 = {4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69};
    static final double[] TRT2 = {6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26};
    static final List<double[]> PLANT_GROWTH = List.of(CTRL, TRT1, TRT2);

    @Test
    @DisplayName("PlantGrowth: F, df and p match R's anova(lm(weight ~ group))")
    void plantGrowthMatchesR() {
        TestResult r = GroupTests.oneWayAnova(PLANT_GROWTH);
        // R: anova(lm(weight ~ group, PlantGrowth)) -> group Df 2, Sum Sq 3.7663; Residuals Df 27, Sum Sq 10.4921;
        //    F value 4.8461, Pr(>F) 0.01591
        // scipy.stats.f_oneway(ctrl, trt1, trt2) -> statistic 4.846087862380136, pvalue 0.015909958325622912
        assertThat(r.statistic()).isCloseTo(4.846087862380136, within(1e-9));
        assertThat(r.pValue()).isCloseTo(0.015909958325622912, within(1e-12));
        assertThat(r.note()).isEqualTo("df = 2, 27");
        assertThat(r.n()).isEqualTo(30);
    }

    @Test
    @DisplayName("effect is eta squared = SS_between / SS_total")
    void etaSquared() {
        TestResult r = GroupTests.oneWayAnova(PLANT_GROWTH);
        // numpy: SS_between 3.76634, SS_total 14.25843 -> 0.2641482968321198 (R's table: 3.7663 / (3.7663 + 10.4921))
        assertThat(r.effectName()).isEqualTo("eta squared");
        assertThat(r.effect()).isCloseTo(0.2641482968321198, within(1e-12));
    }

    @Test
    @DisplayName("a group with one value is not testable (Commons Math needs two per group)")
    void singletonGroup() {
        TestResult r = GroupTests.oneWayAnova(List.of(CTRL, new double[] {5.0}));
        assertThat(r.pValue()).isNaN();
        assertThat(r.note()).isEqualTo("a group has fewer than 2 values: not testable");
    }

    @Test
    @DisplayName("one group, or no variation within the groups: not testable")
    void degenerate() {
        assertThat(GroupTests.oneWayAnova(List.of(CTRL)).note()).isEqualTo("fewer than 2 groups: not testable");
        TestResult flat = GroupTests.oneWayAnova(List.of(new double[] {1, 1, 1}, new double[] {2, 2}));
        assertThat(flat.pValue()).isNaN();
        assertThat(flat.note()).isEqualTo("no variation within the groups: not testable");
        assertThat(GroupTests.oneWayAnova(List.of(new double[] {3, 3}, new double[] {3, 3})).pValue()).isNaN();
    }
}
