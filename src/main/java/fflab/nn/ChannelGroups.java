package fflab.nn;

/**
 * The channel groups of channel-wise competition (CwComp): with {@code groups} classes and
 * {@code channels} channels, class y owns channels {@code [y w, (y + 1) w)} of every position,
 * {@code w = channels / groups}. Its goodness is the (scaled) sum of the squares of those values; the
 * training step and the inference of the FF-CNN both sum them here.
 */
public final class ChannelGroups {
    private ChannelGroups() {}

    /**
     * Adds the squares of {@code row[0..length)} (positions x channels, channel fastest) to their groups'
     * sums {@code sums[offset + group]}.
     */
    public static void addSquares(double[] row, int length, int channels, int groups, double[] sums, int offset) {
        int groupWidth = channels / groups;
        for (int j = 0; j < length; j++) {
            sums[offset + (j % channels) / groupWidth] += row[j] * row[j];
        }
    }

    /** The goodness scale of one group of a row of {@code values} values (positions x channels). */
    public static double scale(Goodness goodness, long values, int groups) {
        return goodness.scale(values / groups);
    }
}
