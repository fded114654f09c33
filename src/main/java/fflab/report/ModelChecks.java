package fflab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags trained models that did not learn, for the report's warnings box: a model that predicts
 * (nearly) one class for every test image, and a model at chance level. Chance is what always
 * predicting the most frequent true class scores (11.35 % on the MNIST test set), read from the
 * run's confusion matrix; a model is at chance level when its accuracy closes less than
 * {@value #CHANCE_MARGIN} of the gap from chance to 100 %.
 */
final class ModelChecks {
    /** Share of the gap from chance to perfect below which a model counts as at chance level. */
    static final double CHANCE_MARGIN = 0.1;
    /** Share of all predictions that one class may take before the model counts as single-class. */
    static final double SINGLE_CLASS_SHARE = 0.9;

    private ModelChecks() {
    }

    /** One sentence per problem of each finished run, in run order. */
    static List<String> warnings(List<Run> runs) {
        List<String> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.finished()) {
                out.addAll(of(r));
            }
        }
        return out;
    }

    static List<String> of(Run r) {
        List<String> out = new ArrayList<>();
        List<List<Long>> m = r.result().test().confusion();
        String who = "run " + r.id() + " (" + r.model() + ", seed " + r.seed() + ")";
        double accuracy = r.result().test().accuracy();
        double chance = chance(m);
        if (!Double.isNaN(chance) && accuracy < chance + CHANCE_MARGIN * (1 - chance)) {
            out.add(who + ": test accuracy " + Fmt.percent(100 * accuracy) + " % is at chance level (always "
                    + "predicting the most frequent class scores " + Fmt.percent(100 * chance) + " %); macro F1 "
                    + Fmt.fixed(r.result().test().macroF1(), 2) + ". The model did not learn.");
        }
        long[] predicted = predictedPerClass(m);
        long total = 0;
        int top = 0;
        for (int c = 0; c < predicted.length; c++) {
            total += predicted[c];
            top = predicted[c] > predicted[top] ? c : top;
        }
        if (total > 0 && predicted[top] >= SINGLE_CLASS_SHARE * total) {
            double share = (double) predicted[top] / total;
            out.add(who + ": predicts class " + top + " for " + (share == 1 ? "every test image"
                    : String.format(Locale.ROOT, "%.1f %% of the test images", 100 * share))
                    + ": a single-class predictor.");
        }
        return out;
    }

    /** The most frequent true class's share of the test images; NaN without a confusion matrix. */
    static double chance(List<List<Long>> confusion) {
        if (confusion == null || confusion.isEmpty()) {
            return Double.NaN;
        }
        long total = 0;
        long largest = 0;
        for (List<Long> row : confusion) {
            long sum = row.stream().mapToLong(Long::longValue).sum();
            total += sum;
            largest = Math.max(largest, sum);
        }
        return total == 0 ? Double.NaN : (double) largest / total;
    }

    private static long[] predictedPerClass(List<List<Long>> confusion) {
        if (confusion == null || confusion.isEmpty()) {
            return new long[0];
        }
        int k = confusion.stream().mapToInt(List::size).max().orElse(0);
        long[] out = new long[k];
        for (List<Long> row : confusion) {
            for (int c = 0; c < row.size(); c++) {
                out[c] += row.get(c);
            }
        }
        return out;
    }
}
