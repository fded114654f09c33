package fflab.report;

import fflab.stats.PairedTests;
import fflab.stats.TestResult;
import fflab.stats.Verdicts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The FF vs BP tests of every comparison, as one family: paired t and Wilcoxon signed-rank over
 * the paired seeds' test accuracies, and McNemar's test on the per-image predictions of each
 * paired seed. Accuracies are in percent, differences FF - BP.
 */
public final class ComparisonStatistics {
    static final String MCNEMAR = "McNemar";
    static final String ODDS_RATIO = "odds ratio b/c";

    private ComparisonStatistics() {
    }

    public static TestTable table(List<Comparison> comparisons, ReportOptions options) {
        List<TestRow> rows = new ArrayList<>();
        for (Comparison c : comparisons) {
            double[] ff = c.pairs().stream().mapToDouble(p -> p.ff().accuracyPercent()).toArray();
            double[] bp = c.pairs().stream().mapToDouble(p -> p.bp().accuracyPercent()).toArray();
            String seeds = c.pairs().isEmpty() ? "no paired seeds"
                    : "seeds " + c.pairs().stream().map(Comparison.RunPair::seed).collect(Collectors.joining(", "));
            TestRow.Verdict overSeeds = meansVerdict(c, mean(ff), mean(bp));
            rows.add(new TestRow(c.title(), seeds, PairedTests.pairedT(ff, bp), overSeeds));
            rows.add(new TestRow(c.title(), seeds, PairedTests.wilcoxonSignedRank(ff, bp), overSeeds));
            for (Comparison.RunPair pair : c.pairs()) {
                rows.add(new TestRow(c.title(), "seed " + pair.seed() + ", per test image", mcNemar(pair),
                        meansVerdict(c, pair.ff().accuracyPercent(), pair.bp().accuracyPercent())));
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
