package fflab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Line charts with optional confidence bands (JFreeChart's DeviationRenderer), used for accuracy
 * against a sweep axis and for curves over training.
 */
public final class LineCharts {
    static final Color GRID = new Color(0xdddddd);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    /** Okabe and Ito's colour-blind safe palette. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), Color.BLACK};

    private LineCharts() {
    }

    /**
     * One line; {@code lower} and {@code upper} draw a band around it when given (NaN bounds
     * collapse onto the line, e.g. a level with one seed).
     */
    public record Line(String name, double[] x, double[] y, double[] lower, double[] upper) {
        public static Line plain(String name, double[] x, double[] y) {
            return new Line(name, x, y, y, y);
        }

        /** A level that does not vary along x, e.g. BP's mean and CI on a chart over an FF-only axis. */
        public static Line flat(String name, double fromX, double toX, double y, double lower, double upper) {
            double[] both = {fromX, toX};
            return new Line(name, both, new double[] {y, y}, new double[] {lower, lower}, new double[] {upper, upper});
        }
    }

    /**
     * @param xLabels names of the x positions 0, 1, ... for a categorical axis (lists, text); null
     *                for a numeric axis
     */
    public static JFreeChart lines(String title, String xTitle, String yTitle, List<Line> lines, String[] xLabels) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Line line : lines) {
            YIntervalSeries series = new YIntervalSeries(line.name());
            for (int i = 0; i < line.x().length; i++) {
                double y = line.y()[i];
                if (Double.isNaN(y)) {
                    continue; // not measured there
                }
                series.add(line.x()[i], y, orElse(line.lower()[i], y), orElse(line.upper()[i], y));
            }
            data.addSeries(series);
        }
        ValueAxis xAxis = xLabels == null ? new NumberAxis(xTitle) : new SymbolAxis(xTitle, xLabels);
        if (xAxis instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
            if (lines.stream().flatMap(l -> Arrays.stream(l.x()).boxed()).allMatch(v -> v == Math.rint(v))) {
                n.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // epochs, widths: no 2.5
            }
        }
        NumberAxis yAxis = new NumberAxis(yTitle);
        yAxis.setAutoRangeIncludesZero(false);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.2f);
        for (int s = 0; s < lines.size(); s++) {
            Color colour = PALETTE[s % PALETTE.length];
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour); // the band; JFreeChart's default fill is white
        }
        return chart(title, new XYPlot(data, xAxis, yAxis, renderer));
    }

    static JFreeChart chart(String title, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static double orElse(double value, double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }
}
