package fflab.report;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous colour scale for heatmaps: sequential (white to blue) for counts and shares,
 * diverging (blue, white, red around zero) for values of both signs such as saliency differences.
 */
final class ColourScale implements PaintScale {
    private static final Color LOW = new Color(0x2166ac);
    private static final Color MID = Color.WHITE;
    private static final Color HIGH = new Color(0xb2182b);
    private static final Color SEQUENTIAL_HIGH = new Color(0x08306b);

    private final double lower;
    private final double upper;
    private final boolean diverging;

    private ColourScale(double lower, double upper, boolean diverging) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1; // a constant map still needs a range
        this.diverging = diverging;
    }

    /** Diverging and symmetric around 0 when the values have both signs, sequential otherwise. */
    static ColourScale fitting(double min, double max) {
        if (min < 0 && max > 0) {
            double m = Math.max(-min, max);
            return new ColourScale(-m, m, true);
        }
        return new ColourScale(min, max, false);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double t = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        if (!diverging) {
            return mix(MID, SEQUENTIAL_HIGH, t);
        }
        return t < 0.5 ? mix(LOW, MID, 2 * t) : mix(MID, HIGH, 2 * t - 1);
    }

    /** Whether text on this value's colour should be white. */
    boolean isDark(double value) {
        Color c = (Color) getPaint(value);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 128;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
