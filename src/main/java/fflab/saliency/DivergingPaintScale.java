package fflab.saliency;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A diverging colour map symmetric around zero (ColorBrewer's RdBu, reversed so positive is
 * red): blue for negative values, white for zero, red for positive. For overlays the colours
 * fade with |value| so the image shows through where saliency is small. NaN paints light grey.
 */
final class DivergingPaintScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] STOPS = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f,
    };
    private static final Color MISSING = new Color(0xdddddd);

    private final double limit;
    private final boolean fading;

    /** @param limit the largest |value| shown at full colour; must be > 0 */
    DivergingPaintScale(double limit, boolean fading) {
        this.limit = limit > 0 ? limit : 1e-12;
        this.fading = fading;
    }

    /** A scale whose limit is the largest |value| of all the given maps. */
    static DivergingPaintScale covering(boolean fading, double[]... maps) {
        double m = 0;
        for (double[] map : maps) {
            for (double v : map) {
                if (Double.isFinite(v)) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return new DivergingPaintScale(m, fading);
    }

    DivergingPaintScale opaque() {
        return new DivergingPaintScale(limit, false);
    }

    @Override
    public double getLowerBound() {
        return -limit;
    }

    @Override
    public double getUpperBound() {
        return limit;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = (Math.max(-limit, Math.min(limit, value)) / limit + 1) / 2 * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = new Color(STOPS[i]);
        Color b = new Color(STOPS[i + 1]);
        int alpha = fading ? (int) Math.round(255 * Math.min(1.0, Math.abs(value) / limit) * 0.85) : 255;
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f), alpha);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
