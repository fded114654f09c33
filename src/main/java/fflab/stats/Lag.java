package fflab.stats;

/**
 * When a learning curve gets close to where it ends, to compare how fast layers learn ("deeper
 * layers lag shallow ones": a later epoch for the same fraction).
 */
public final class Lag {
    private Lag() {
    }

    /**
     * The first epoch at which the curve reaches {@code fraction} of its final value, i.e. the
     * first i with values[i] &gt;= fraction * values[last]; -1 when it never does, when the curve is
     * empty or when its final value is NaN. Meant for curves that rise towards a non-negative
     * final value, such as accuracies. NaN values before the end (an epoch not measured) never
     * count as reaching it.
     *
     * @param epochs   strictly increasing epoch numbers, one per value
     * @param fraction a positive finite number, usually in (0, 1]
     */
    public static int epochToFraction(int[] epochs, double[] values, double fraction) {
        if (epochs == null || values == null) {
            throw new IllegalArgumentException("epochs and values must not be null");
        }
        Checks.sameLength(epochs.length, values.length);
        if (!(fraction > 0 && Double.isFinite(fraction))) {
            throw new IllegalArgumentException("fraction must be positive and finite, got " + fraction);
        }
        for (int i = 1; i < epochs.length; i++) {
            if (epochs[i] <= epochs[i - 1]) {
                throw new IllegalArgumentException("epochs must be strictly increasing, got " + epochs[i - 1]
                        + " then " + epochs[i] + " at position " + i);
            }
        }
        if (values.length == 0 || Double.isNaN(values[values.length - 1])) {
            return -1;
        }
        double target = fraction * values[values.length - 1];
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= target) {
                return epochs[i];
            }
        }
        return -1;
    }
}
