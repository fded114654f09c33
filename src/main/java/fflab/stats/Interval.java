package fflab.stats;

/** A closed interval [lower, upper]; both bounds are NaN when it could not be computed. */
public record Interval(double lower, double upper) {
    /** The interval that could not be computed (too few values). */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public boolean isDefined() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    public double width() {
        return upper - lower;
    }

    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }
}
