package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fflab.stats.Correction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's statistics wired to run folders, checked against values computed independently
 * from the same numbers with scipy 1.17.1 (stats.ttest_rel, wilcoxon, chi2.sf, f_oneway, kruskal,
 * pearsonr, spearmanr, t.interval) and Holm / Benjamini-Hochberg written out in numpy.
 */
@DisplayName("Report statistics on synthetic run folders, against scipy")
class ReportStatisticsTest {
    static final double[] FF2 = {90.1, 91.3, 89.8, 92.0, 90.6};
    static final double[] FF5 = {88.0, 89.5, 87.9, 90.2, 88.4};
    static final double[] BP = {97.2, 97.9, 97.5, 98.1, 97.0};
    static final double[] LAYER1 = {91.0, 92.5, 90.2, 93.1, 91.9, 89.0, 90.8, 88.1, 91.5, 89.9};

    @TempDir
    static Path dir;
    static ExperimentResults results;

    @BeforeAll
    static void writeRuns() {
        for (int i = 0; i < 5; i++) {
            long seed = i + 1;
            SyntheticRuns.run(dir.resolve("ff-t2-s" + seed), "FF_MLP", seed, 2.0, FF2[i] / 100,
                    List.of(LAYER1[i] / 100, 0.5));
            SyntheticRuns.run(dir.resolve("ff-t5-s" + seed), "FF_MLP", seed, 5.0, FF5[i] / 100,
                    List.of(LAYER1[i + 5] / 100, 0.5));
            SyntheticRuns.run(dir.resolve("bp-s" + seed), "BP_MLP", seed, null, BP[i] / 100, List.of());
        }
        // seed 1 of theta 2 and BP: 12 images only FF gets right, 30 only BP
        SyntheticRuns.predictions(dir.resolve("ff-t2-s1"), dir.resolve("bp-s1"), 12, 30, 50, 8);
        SyntheticRuns.accuracy(dir.resolve("ff-t2-s1"), new double[] {0.4, 0.7, 0.85, 0.9, 0.91},
                new double[] {0.5, 0.8, 0.9, 0.92, 0.93}, new double[] {0.1, 0.3, 0.6, 0.8, 0.9});
        results = ExperimentResults.load(dir);
    }

    @Test
    @DisplayName("theta is found as the only sweep axis, and runs group into 3 configurations of 5 seeds")
    void axesAndGroups() {
        assertThat(results.axesByModel()).containsEntry("ff-mlp", List.of("config.theta"))
                .containsEntry("bp-mlp", List.of());
        assertThat(results.groups()).extracting(RunGroup::name)
                .containsExactly("FF (theta=2.0)", "FF (theta=5.0)", "BP");
        assertThat(results.groups()).allSatisfy(g -> assertThat(g.finished()).hasSize(5));
    }

    @Test
    @DisplayName("mean, sd and t interval of a configuration match scipy")
    void summary() {
        GroupSummary s = GroupSummary.of(results.groups().get(0), ReportOptions.defaults());
        assertThat(s.accuracy().mean()).isCloseTo(90.76, within(1e-9));
        assertThat(s.accuracy().sd()).isCloseTo(0.8961026726887957, within(1e-9));
        assertThat(s.accuracy().tInterval95().lower()).isCloseTo(89.64734157262814, within(1e-9));
        assertThat(s.accuracy().tInterval95().upper()).isCloseTo(91.87265842737185, within(1e-9));
    }

    @Test
    @DisplayName("FF vs BP across seeds: paired t matches scipy; Wilcoxon with 5 pairs (p >= 0.0625) is not testable")
    void methodLevelHolm() {
        TestTable t = ExperimentAnalysis.of(results, ReportOptions.defaults()).methodTests();
        // per comparison: paired t, then Wilcoxon; theta 2 then theta 5
        assertThat(t.rows()).extracting(r -> r.result().test()).containsExactly("paired t", "Wilcoxon signed-rank",
                "paired t", "Wilcoxon signed-rank");
        assertThat(t.rows().get(0).subject()).isEqualTo("mnist: FF (theta=2.0) vs BP");
        assertThat(t.rows().get(0).result().statistic()).isCloseTo(-24.06131964948215, within(1e-9));
        assertThat(t.rows().get(0).result().pValue()).isCloseTo(1.7696565689201737e-05, within(1e-12));
        assertThat(t.rows().get(2).result().statistic()).isCloseTo(-29.19829067893232, within(1e-9));
        assertThat(t.rows().get(2).result().pValue()).isCloseTo(8.19092724940948e-06, within(1e-12));
        // the Wilcoxon rows can never reach 0.05 with 5 pairs: shown with their floor, not as a verdict
        assertThat(t.rows().get(1).result().isTestable()).isFalse();
        assertThat(t.rows().get(1).smallestP()).isEqualTo(0.0625);
        assertThat(t.rows().get(1).minimum()).isEqualTo("6 pairs");
        assertThat(t.verdicts().get(1)).isEqualTo("not testable (n = 5)");
        // Holm over the 2 testable p-values of this family only
        assertThat(t.adjusted()[0]).isCloseTo(1.7696565689201737e-05, within(1e-12));
        assertThat(t.adjusted()[2]).isCloseTo(2 * 8.19092724940948e-06, within(1e-12));
        assertThat(t.verdicts().get(0)).isEqualTo(
                "FF (theta=2.0) is lower than BP by 6.78 points (p < 0.0001 after Holm): significant at 5 %.");
    }

    @Test
    @DisplayName("FF vs BP per seed: McNemar is its own family and table, its p matches scipy's chi2.sf")
    void modelLevelSeparateFamily() {
        TestTable t = ExperimentAnalysis.of(results, ReportOptions.defaults()).modelTests();
        assertThat(t.rows()).hasSize(10).allSatisfy(r -> assertThat(r.result().test()).startsWith("McNemar"));
        assertThat(t.rows().get(0).subject()).isEqualTo("mnist: FF (theta=2.0) vs BP, seed 1");
        assertThat(t.rows().get(0).result().statistic()).isCloseTo(6.880952380952381, within(1e-12));
        assertThat(t.rows().get(0).result().pValue()).isCloseTo(0.008711912962379598, within(1e-12));
        // 42 discordant images: the most extreme split, 42 to 0, gives chi2.sf(41^2/42, 1)
        assertThat(t.rows().get(0).smallestP()).isCloseTo(2.508860953006117e-10, within(1e-15));
        assertThat(t.rows().get(1).result().isTestable()).as("seed 2 has no predictions.csv").isFalse();
        // alone in its family, so Holm leaves it as it is (it used to be multiplied by the seed-level tests)
        assertThat(t.adjusted()[0]).isCloseTo(0.008711912962379598, within(1e-12));
    }

    @Test
    @DisplayName("--correction bh adjusts each family on its own, as numpy's BH of scipy's p-values")
    void comparisonsBh() {
        ExperimentAnalysis a = ExperimentAnalysis.of(results, ReportOptions.defaults()
                .withCorrection(Correction.BENJAMINI_HOCHBERG));
        assertThat(a.methodTests().adjusted()[0]).isCloseTo(1.7696565689201737e-05, within(1e-12));
        assertThat(a.methodTests().adjusted()[2]).isCloseTo(2 * 8.19092724940948e-06, within(1e-12));
        assertThat(a.modelTests().adjusted()[0]).isCloseTo(0.008711912962379598, within(1e-12));
    }

    @Test
    @DisplayName("theta effect: one-way ANOVA and Kruskal-Wallis across its levels match scipy")
    void axisEffect() {
        AxisEffects.Result axes = AxisEffects.compute(results, ReportOptions.defaults());
        assertThat(axes.effects()).singleElement().satisfies(e -> {
            assertThat(e.axis()).isEqualTo("config.theta");
            assertThat(e.levels()).extracting(AxisEffect.Level::value).containsExactly("2.0", "5.0");
        });
        TestTable t = axes.tests();
        assertThat(t.rows().get(0).result().statistic()).isCloseTo(10.56545654565449, within(1e-9));
        assertThat(t.rows().get(0).result().pValue()).isCloseTo(0.011693115907306059, within(1e-12));
        assertThat(t.rows().get(1).result().statistic()).isCloseTo(4.810909090909092, within(1e-9));
        assertThat(t.rows().get(1).result().pValue()).isCloseTo(0.02828012256827699, within(1e-12));
        assertThat(t.adjusted()).containsExactly(new double[] {0.023386231814612118, 0.02828012256827699},
                within(1e-12));
        assertThat(t.verdicts().get(0)).isEqualTo(
                "Theta matters for FF on mnist (p = 0.0234 after Holm): significant at 5 %.");
    }

    @Test
    @DisplayName("layer-1 vs model accuracy per FF configuration (never pooled): Pearson and Spearman match scipy")
    void correlationAcrossRuns() {
        TestTable t = TrainingDynamics.compute(results, ReportOptions.defaults()).correlations();
        TestRow pearson = t.rows().get(0);
        TestRow spearman = t.rows().get(1);
        assertThat(pearson.subject()).isEqualTo("mnist: FF (theta=2.0), final test accuracy");
        assertThat(pearson.result().n()).isEqualTo(5);
        assertThat(pearson.result().statistic()).isCloseTo(0.9720991072947384, within(1e-9));
        assertThat(pearson.result().pValue()).isCloseTo(0.005571024129839341, within(1e-10));
        assertThat(spearman.result().statistic()).isCloseTo(1.0, within(1e-9));
        assertThat(spearman.result().pValue()).isLessThan(1e-10);
        TestRow theta5 = t.rows().get(2);
        assertThat(theta5.subject()).isEqualTo("mnist: FF (theta=5.0), final test accuracy");
        assertThat(theta5.result().statistic()).isCloseTo(0.9497449679161499, within(1e-9));
        assertThat(theta5.result().pValue()).isCloseTo(0.013421529701924706, within(1e-10));
    }

    @Test
    @DisplayName("group tests state their minimum per level and floor; KW's floor for 5 + 5 runs matches scipy")
    void axisTestsFloors() {
        TestTable t = AxisEffects.compute(results, ReportOptions.defaults()).tests();
        assertThat(t.rows()).extracting(TestRow::minimum).containsExactly("3 per level", "5 per level");
        // perfectly separated ranks 1-5 and 6-10: scipy.stats.kruskal gives 0.009023438818080334
        assertThat(t.rows().get(1).smallestP()).isCloseTo(0.009023438818080334, within(1e-12));
    }

    @Test
    @DisplayName("bootstrap intervals need 10 runs: with 5 seeds only the t interval is given")
    void bootstrapNeedsTenRuns() {
        GroupSummary s = GroupSummary.of(results.groups().get(0), ReportOptions.defaults());
        assertThat(s.accuracy().tInterval95().isDefined()).isTrue();
        assertThat(s.accuracy().bootstrapInterval95().isDefined()).isFalse();
    }

    @Test
    @DisplayName("epoch to 90 % of the final accuracy per layer, counted by hand from accuracy.csv")
    void lag() {
        List<LayerDynamics.LayerRow> rows = LayerDynamics.compute(results, 0.9).rows().stream()
                .filter(r -> r.group().name().equals("FF (theta=2.0)")).toList();
        // layer 1 0.9 * 0.93 = 0.837 -> epoch 3 (0.9); layer 2 0.9 * 0.9 = 0.81 -> epoch 5 (0.9)
        assertThat(rows).extracting(LayerDynamics.LayerRow::layer).containsExactly(1, 2);
        assertThat(rows.stream().mapToDouble(r -> r.lag().mean()).toArray()).containsExactly(3, 5);
        assertThat(rows.stream().mapToDouble(r -> r.behindFirst().mean()).toArray()).containsExactly(0, 2);
    }
}
