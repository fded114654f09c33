package fflab.report;

import fflab.saliency.SaliencyFigures;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/** Matrices as JFreeChart block plots: confusion matrices and 28x28 saliency maps. */
public final class Heatmaps {
    private static final Font CELL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private Heatmaps() {
    }

    /**
     * Rows are true labels, columns predicted labels. Colour is the share of the row (recall on the
     * diagonal), so classes of different sizes compare; every cell shows its count.
     */
    public static JFreeChart confusion(String title, long[][] counts) {
        int k = counts.length;
        double[][] share = new double[k][k];
        for (int r = 0; r < k; r++) {
            long total = 0;
            for (long c : counts[r]) {
                total += c;
            }
            for (int c = 0; c < k; c++) {
                share[r][c] = total == 0 ? 0 : (double) counts[r][c] / total;
            }
        }
        ColourScale scale = ColourScale.fitting(0, 1);
        XYPlot plot = plot(share, scale, "predicted label", "true label");
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                XYTextAnnotation text = new XYTextAnnotation(Long.toString(counts[r][c]), c, r);
                text.setFont(CELL);
                text.setPaint(scale.isDark(share[r][c]) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text);
            }
        }
        return withLegend(title, plot, scale, "share of true label");
    }

    /** A map such as a saliency image; row 0 at the top, as the image is seen. */
    public static JFreeChart map(String title, double[][] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isNaN(v)) {
                    continue;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        ColourScale scale = min > max ? ColourScale.fitting(0, 1) : ColourScale.fitting(min, max); // all NaN
        return withLegend(title, plot(values, scale, "column", "row"), scale, "value");
    }

    private static XYPlot plot(double[][] values, ColourScale scale, String xTitle, String yTitle) {
        int rows = values.length;
        int cols = rows == 0 ? 0 : values[0].length;
        double[] rowMajor = Arrays.stream(values).flatMapToDouble(Arrays::stream).toArray();
        DefaultXYZDataset data = SaliencyFigures.cells(rowMajor, rows, cols);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberAxis x = cellAxis(xTitle, cols);
        NumberAxis y = cellAxis(yTitle, rows);
        y.setInverted(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return plot;
    }

    private static NumberAxis cellAxis(String title, int cells) {
        NumberAxis axis = new NumberAxis(title);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(-0.5, cells - 0.5);
        return axis;
    }

    private static JFreeChart withLegend(String title, XYPlot plot, ColourScale scale, String legendTitle) {
        JFreeChart chart = LineCharts.chart(title, plot);
        chart.removeLegend();
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis(legendTitle));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }
}
