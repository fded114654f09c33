package fflab.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Analytic gradients against central finite differences, for double-precision parameters. */
public final class FiniteDifferences {
    private static final double STEP = 1e-6;

    private FiniteDifferences() {}

    /**
     * Checks {@code analytic} against {@code (loss(p + h) - loss(p - h)) / 2h} for every entry of
     * {@code param}, or for {@code entries} seeded ones when it has more (each loss is a full pass).
     */
    public static void assertMatches(INDArray param, INDArray analytic, DoubleSupplier loss, int entries,
                                     double tolerance) {
        SplittableRandom pick = new SplittableRandom(param.length());
        boolean all = param.length() <= entries;
        double worst = 0;
        for (long t = 0; t < Math.min(entries, param.length()); t++) {
            long i = all ? t : pick.nextLong(param.length());
            double original = param.getDouble(i);
            param.putScalar(i, original + STEP);
            double plus = loss.getAsDouble();
            param.putScalar(i, original - STEP);
            double minus = loss.getAsDouble();
            param.putScalar(i, original);
            double numeric = (plus - minus) / (2 * STEP);
            double a = analytic.getDouble(i);
            worst = Math.max(worst, Math.abs(numeric - a) / Math.max(1e-8, Math.abs(numeric) + Math.abs(a)));
        }
        assertThat(worst).as("largest relative error").isLessThan(tolerance);
        assertThat(analytic.norm2Number().doubleValue()).as("gradient is not trivially zero").isGreaterThan(1e-6);
    }
}
