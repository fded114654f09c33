package fflab.report;

import fflab.stats.PairedTests;
import fflab.stats.SmallSamples;
import fflab.stats.TestResult;
import fflab.stats.Verdicts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The FF vs BP tests, as two families that answer two questions and are adjusted apart:
 * <ul>
 * <li>method level, "does FF train better or worse models than BP?": paired t and Wilcoxon
 * signed-rank over the paired seeds' test accuracies (each seed one replicate of the method);</li>
 * <li>model level, "do these two trained models differ on the test images?": McNemar's test on
 * the per-image predictions of each paired seed; it says nothing about other seeds.</li>
 * </ul>
 * Accuracies are in percent, differences FF - BP. Tests below their {@link SmallSamples} minimum
 * are not testable.
 */
public final class ComparisonStatistics {
    static final String MCNEMAR = "McNemar";
    static final String ODDS_RATIO = "odds ratio b/c";
    static final String NO_MINIMUM = "none";

    private ComparisonStatistics() {
    }

    /** Method level: paired t and Wilcoxon per comparison, over seeds. */
    public static TestTable methods(List<Comparison> comparisons, ReportOptions options) {
        List<TestRow> rows = new ArrayList<>();
        int minWilcoxon = SmallSamples.minSignedRank(options.alpha());
        for (Comparison c : comparisons) {
            double[] ff = c.pairs().stream().mapToDouble(p -> p.ff().accuracyPercent()).toArray();
            double[] bp = c.pairs().stream().mapToDouble(p -> p.bp().accuracyPercent()).toArray();
            String seeds = c.pairs().isEmpty() ? "no paired seeds"
                    : "seeds " + c.pairs().stream().map(Comparison.RunPair::seed).collect(Collectors.joining(", "));
            TestRow.Verdict overSeeds = meansVerdict(c, mean(ff), mean(bp));
            int n = ff.length;
            rows.add(new TestRow(c.title(), seeds, SmallSamples.require(PairedTests.pairedT(ff, bp), n,
                    SmallSamples.MIN_PAIRED_T, "paired seeds"), overSeeds, SmallSamples.MIN_PAIRED_T + " pairs", 0));
            TestResult w = PairedTests.wilcoxonSignedRank(ff, bp);
            rows.add(new TestRow(c.title(), seeds, SmallSamples.require(w, w.n(), minWilcoxon,
                    "non-zero differences to reach p <= " + options.alpha()), overSeeds, minWilcoxon + " pairs",
                    SmallSamples.smallestPSignedRank(w.n())));
        }
        return TestTable.of(rows, options);
    }

    /** Model level: McNemar per paired seed, over that seed's test images. */
    public static TestTable models(List<Comparison> comparisons, ReportOptions options) {
        List<TestRow> rows = new ArrayList<>();
        for (Comparison c : comparisons) {
            for (Comparison.RunPair pair : c.pairs()) {
                TestResult result = mcNemar(pair);
                rows.add(new TestRow(c.title() + ", seed " + pair.seed(), "seed " + pair.seed() + ", per test image",
                        result, meansVerdict(c, pair.ff().accuracyPercent(), pair.bp().accuracyPercent()),
                        NO_MINIMUM, result.isTestable() ? SmallSamples.smallestPMcNemar(result.n()) : Double.NaN));
            }
        }
        return TestTable.of(rows, options);
    }

    /** McNemar with A = FF, B = BP; not testable when a predictions.csv is missing or they differ in images. */
    static TestResult mcNemar(Comparison.RunPair pair) {
        Optional<Predictions> ff = Predictions.read(pair.ff().dir());
        Optional<Predictions> bp = Predictions.read(pair.bp().dir());
        if (ff.isEmpty() || bp.isEmpty()) {
            return notTestable("predictions.csv missing or unreadable in " + (ff.isEmpty() ? pair.ff() : pair.bp()).id());
        }
        if (!ff.get().sameImagesAs(bp.get())) {
            return notTestable("the two runs' predictions.csv list different test images");
        }
        return PairedTests.mcNemar(ff.get().correct(), bp.get().correct());
    }

    private static TestResult notTestable(String reason) {
        return new TestResult(MCNEMAR, Double.NaN, Double.NaN, ODDS_RATIO, Double.NaN, 0, reason + ": not testable");
    }

    private static TestRow.Verdict meansVerdict(Comparison c, double ff, double bp) {
        return (p, alpha, correction) -> Verdicts.compare(c.ff().name(), c.bp().name(), ff, bp, p, alpha, correction);
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
