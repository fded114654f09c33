package fflab.report;

import fflab.stats.Correction;
import fflab.stats.MultipleComparisons;
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
            verdicts.add(rows.get(i).verdict().say(adjusted[i], options.alpha(), options.correction().label()));
        }
        return new TestTable(List.copyOf(rows), adjusted, List.copyOf(verdicts), options.correction(),
                options.alpha());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
