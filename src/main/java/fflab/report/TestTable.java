package fflab.report;

import fflab.stats.Correction;
import fflab.stats.MultipleComparisons;
import fflab.stats.SmallSamples;
import java.util.ArrayList;
import java.util.List;

/**
 * A family of tests shown as one table: every row's raw p-value, its p-value adjusted over the
 * family (Holm or Benjamini-Hochberg) and its verdict at the adjusted p-value.
 */
public record TestTable(List<TestRow> rows, double[] adjusted, List<String> verdicts, Correction correction,
        double alpha) {

    public static TestTable of(List<TestRow> rows, ReportOptions options) {
        double[] raw = rows.stream().mapToDouble(r -> r.result().pValue()).toArray();
        double[] adjusted = MultipleComparisons.adjust(raw, options.correction());
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TestRow r = rows.get(i);
            verdicts.add(isSmallSample(r) ? r.result().note().substring(0, r.result().note().indexOf(')') + 1)
                    : r.verdict().say(adjusted[i], options.alpha(), options.correction().label()));
        }
        return new TestTable(List.copyOf(rows), adjusted, List.copyOf(verdicts), options.correction(),
                options.alpha());
    }

    /** Whether the test was refused for too few observations: its note starts "not testable (n = 2)". */
    static boolean isSmallSample(TestRow r) {
        return !r.result().isTestable() && r.result().note().startsWith(SmallSamples.NOT_TESTABLE_PREFIX);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
