package fflab.report;

import fflab.stats.TestResult;

/**
 * One hypothesis test in a report table, before the family's p-values are adjusted.
 *
 * @param subject   what is compared, e.g. "mnist: FF (theta=2.0) vs BP"
 * @param over      the units of the test, e.g. "seeds 1, 2, 3" or "seed 2, 10000 test images"
 * @param verdict   the plain-language sentence for the adjusted p-value
 * @param minimum   the fewest observations the test needs for a verdict, e.g. "3 pairs" ("none")
 * @param smallestP the smallest p-value the test can reach with the observations it has (0: no
 *                  floor, as for the t test; shown as "none")
 */
public record TestRow(String subject, String over, TestResult result, Verdict verdict, String minimum,
        double smallestP) {

    /** Writes the verdict once the family's adjusted p-value is known. */
    @FunctionalInterface
    public interface Verdict {
        String say(double adjustedP, double alpha, String correction);
    }
}
