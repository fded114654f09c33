package fflab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fflab.stats.Correction;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
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
        assertThat(s.accuracy().bootstrapInterval95().contains(s.accuracy().mean())).isTrue();
    }

    @Test
    @DisplayName("FF vs BP: paired t, Wilcoxon and McNemar with Holm-adjusted p-values match scipy")
    void comparisonsHolm() {
        TestTable t = ExperimentAnalysis.of(results, ReportOptions.defaults()).comparisons();
        // per comparison: t, Wilcoxon, then McNemar for seeds 1..5 (only seed 1 has predictions)
        assertThat(t.rows()).hasSize(14);
        assertThat(t.rows().get(0).subject()).isEqualTo("mnist: FF (theta=2.0) vs BP");
        assertThat(t.rows().get(0).result().statistic()).isCloseTo(-24.06131964948215, within(1e-9));
        assertThat(t.rows().get(0).result().pValue()).isCloseTo(1.7696565689201737e-05, within(1e-12));
        assertThat(t.rows().get(1).result().pValue()).isCloseTo(0.0625, within(1e-12));
        assertThat(t.rows().get(2).result().statistic()).isCloseTo(6.880952380952381, within(1e-12));
        assertThat(t.rows().get(2).result().pValue()).isCloseTo(0.008711912962379598, within(1e-12));
        assertThat(t.rows().get(3).result().isTestable()).as("seed 2 has no predictions.csv").isFalse();
        assertThat(t.rows().get(7).result().statistic()).isCloseTo(-29.19829067893232, within(1e-9));
        // the family of the 5 testable p-values, adjusted by Holm
        assertThat(t.adjusted()[0]).isCloseTo(7.078626275680695e-05, within(1e-12));
        assertThat(t.adjusted()[1]).isCloseTo(0.125, within(1e-12));
        assertThat(t.adjusted()[2]).isCloseTo(0.026135738887138795, within(1e-12));
        assertThat(t.adjusted()[7]).isCloseTo(4.09546362470474e-05, within(1e-12));
        assertThat(t.adjusted()[8]).isCloseTo(0.125, within(1e-12));
        assertThat(t.adjusted()[3]).isNaN();
        assertThat(t.verdicts().get(0)).isEqualTo(
                "FF (theta=2.0) is lower than BP by 6.78 points (p < 0.0001 after Holm): significant at 5 %.");
        assertThat(t.verdicts().get(1)).endsWith("(p = 0.1250 after Holm): not significant at 5 %.");
    }

    @Test
    @DisplayName("--correction bh gives the Benjamini-Hochberg adjusted p-values of scipy's numbers")
    void comparisonsBh() {
        TestTable t = ExperimentAnalysis.of(results, ReportOptions.defaults()
                .withCorrection(Correction.BENJAMINI_HOCHBERG)).comparisons();
        assertThat(t.adjusted()[0]).isCloseTo(4.4241414223004345e-05, within(1e-12));
        assertThat(t.adjusted()[1]).isCloseTo(0.0625, within(1e-12));
        assertThat(t.adjusted()[2]).isCloseTo(0.01451985493729933, within(1e-12));
        assertThat(t.adjusted()[7]).isCloseTo(4.09546362470474e-05, within(1e-12));
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
    @DisplayName("layer-1 vs model accuracy across the FF runs: Pearson and Spearman match scipy")
    void correlationAcrossRuns() {
        TestTable t = TrainingDynamics.compute(results, ReportOptions.defaults()).correlations();
        TestRow pearson = t.rows().get(0);
        TestRow spearman = t.rows().get(1);
        assertThat(pearson.subject()).isEqualTo("mnist: FF runs, final test accuracy");
        assertThat(pearson.result().n()).isEqualTo(10);
        assertThat(pearson.result().statistic()).isCloseTo(0.9664270862906013, within(1e-9));
        assertThat(pearson.result().pValue()).isCloseTo(5.337391749105442e-06, within(1e-10));
        assertThat(spearman.result().statistic()).isCloseTo(0.9878787878787878, within(1e-9));
        assertThat(spearman.result().pValue()).isCloseTo(9.307459988955516e-08, within(1e-11));
    }

    @Test
    @DisplayName("epoch to 90 % of the final accuracy per layer, counted by hand from accuracy.csv")
    void lag() {
        List<LayerLag> lags = TrainingDynamics.compute(results, ReportOptions.defaults()).lags().stream()
                .filter(l -> l.group().name().equals("FF (theta=2.0)")).toList();
        // model 0.9 * 0.91 = 0.819 -> epoch 3 (0.85); layer 1 0.837 -> 3 (0.9); layer 2 0.81 -> 5 (0.9)
        assertThat(lags).extracting(LayerLag::layer).containsExactly("model", "layer 1", "layer 2");
        assertThat(lags).extracting(LayerLag::epochsPerRun).containsExactly(List.of(3), List.of(3), List.of(5));
        assertThat(IntStream.range(0, 3).mapToDouble(i -> lags.get(i).meanEpoch()).toArray())
                .containsExactly(3, 3, 5);
    }
}
