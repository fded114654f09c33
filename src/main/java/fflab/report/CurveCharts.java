package fflab.report;

import j2html.tags.DomContent;
import java.util.Arrays;
import java.util.List;

/** Curves over training as a chart figure: one line per curve with its band across seeds, epochs on x. */
final class CurveCharts {
    private CurveCharts() {
    }

    static DomContent figure(String title, String yTitle, List<Curve> curves) {
        List<LineCharts.Line> lines = curves.stream().map(c -> new LineCharts.Line(c.name(),
                Arrays.stream(c.x()).asDoubleStream().toArray(), c.y(), c.lower(), c.upper())).toList();
        return Html.picture(ChartImages.dataUri(LineCharts.lines(title, "epoch", yTitle, lines, null)), title);
    }
}
