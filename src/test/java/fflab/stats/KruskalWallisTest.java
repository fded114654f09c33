package fflab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Kruskal-Wallis test")
class KruskalWallisTest {
    /*
     * R's airquality data set: daily ozone (ppb) in New York, May to September 1973, NA values
     * removed (116 of 153 days), grouped by month in day order. Copied from a CSV export of the data
     * set; that it is R's data is confirmed by reproducing R's documented H below.
     */
    static final double[] MAY = {41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23,
        45, 115, 37};
    static final double[] JUNE = {29, 71, 39, 23, 21, 37, 20, 12, 13};
    static final double[] JULY = {135, 49, 32, 64, 40, 77, 97, 97, 85, 10, 27, 7, 48, 35, 61, 79, 63, 16, 80, 108, 20, 52,
        82, 50, 64, 59};
    static final double[] AUGUST = {39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168,
        73, 76, 118, 84, 85};
    static final double[] SEPTEMBER = {96, 78, 73, 91, 47, 32, 20, 23, 21, 24, 44, 21, 28, 9, 13, 46, 18, 13, 24, 16, 13,
        23, 36, 7, 14, 30, 14, 18, 20};

    @Test
    @DisplayName("airquality Ozone ~ Month: H, df and p match R's ?kruskal.test example")
    void airqualityMatchesR() {
        TestResult r = GroupTests.kruskalWallis(List.of(MAY, JUNE, JULY, AUGUST, SEPTEMBER));
        // R: kruskal.test(Ozone ~ Month, data = airquality) -> Kruskal-Wallis chi-squared = 29.267, df = 4, p-value = 6.901e-06
        // scipy.stats.kruskal(may, june, july, august, september) -> 29.26657630611694, 6.900714118546782e-06
        assertThat(r.statistic()).isCloseTo(29.26657630611694, within(1e-9));
        assertThat(r.pValue()).isCloseTo(6.900714118546782e-06, within(1e-12));
        assertThat(r.n()).isEqualTo(116);
        assertThat(r.note()).startsWith("df = 4");
        // epsilon squared = H / (N - 1)
        assertThat(r.effectName()).isEqualTo("epsilon squared");
        assertThat(r.effect()).isCloseTo(29.26657630611694 / 115, within(1e-9));
    }

    @Test
    @DisplayName("PlantGrowth (with ties): matches R's kruskal.test")
    void plantGrowthMatchesR() {
        TestResult r = GroupTests.kruskalWallis(OneWayAnovaTest.PLANT_GROWTH);
        // R: kruskal.test(weight ~ group, data = PlantGrowth) -> chi-squared = 7.9882, df = 2, p-value = 0.01842
        // scipy.stats.kruskal(ctrl, trt1, trt2) -> 7.988228749443715, 0.018423755731471966
        assertThat(r.statistic()).isCloseTo(7.988228749443715, within(1e-9));
        assertThat(r.pValue()).isCloseTo(0.018423755731471966, within(1e-12));
        assertThat(r.effect()).isCloseTo(7.988228749443715 / 29, within(1e-9));
    }

    @Test
    @DisplayName("heavy ties: the tie correction matches scipy")
    void heavyTies() {
        TestResult r = GroupTests.kruskalWallis(List.of(new double[] {1, 2, 2}, new double[] {2, 3, 3, 4},
                new double[] {5, 5}));
        // scipy.stats.kruskal([1, 2, 2], [2, 3, 3, 4], [5, 5]) -> 6.467836257309935, 0.039402810660763954
        assertThat(r.statistic()).isCloseTo(6.467836257309935, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.039402810660763954, within(1e-12));
    }

    @Test
    @DisplayName("groups with one value are fine")
    void singletonGroups() {
        TestResult r = GroupTests.kruskalWallis(List.of(new double[] {1}, new double[] {2, 3}, new double[] {4, 5, 6}));
        // by hand: rank sums 1, 5, 15; 12 / 42 (1 + 25/2 + 225/3) - 21 = 30/7;
        // scipy.stats.kruskal([1], [2, 3], [4, 5, 6]) -> 4.285714285714285, 0.11731916609425083
        assertThat(r.statistic()).isCloseTo(30.0 / 7, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.11731916609425083, within(1e-12));
        assertThat(r.effect()).isCloseTo(30.0 / 7 / 5, within(1e-12));
    }

    @Test
    @DisplayName("the order of the groups does not matter")
    void groupOrder() {
        TestResult a = GroupTests.kruskalWallis(List.of(MAY, JUNE, JULY, AUGUST, SEPTEMBER));
        TestResult b = GroupTests.kruskalWallis(List.of(SEPTEMBER, JULY, MAY, AUGUST, JUNE));
        assertThat(b.statistic()).isCloseTo(a.statistic(), within(1e-9));
    }

    @Test
    @DisplayName("all values equal, an empty group or a single group: NaN p with a note")
    void notTestable() {
        assertThat(GroupTests.kruskalWallis(List.of(new double[] {2, 2}, new double[] {2})).note())
                .isEqualTo("all values are equal: not testable");
        assertThat(GroupTests.kruskalWallis(List.of(new double[] {1, 2}, new double[0])).note())
                .isEqualTo("a group is empty: not testable");
        TestResult single = GroupTests.kruskalWallis(List.of(MAY));
        assertThat(single.note()).isEqualTo("fewer than 2 groups: not testable");
        assertThat(single.pValue()).isNaN();
        assertThat(single.statistic()).isNaN();
    }
}
