package fflab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A report written to a file the way {@code fflab report} writes it, and parsed back with jsoup. */
record RenderedReport(Path file, String html, Document doc, double seconds) {

    static RenderedReport of(Path experimentDir, Path file) {
        return of(experimentDir, file, ReportOptions.defaults().withResamples(2000));
    }

    static RenderedReport of(Path experimentDir, Path file, ReportOptions options) {
        long start = System.nanoTime();
        HtmlReportWriter.write(ExperimentAnalysis.of(ExperimentResults.load(experimentDir), options), file,
                Instant.now());
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            return new RenderedReport(file, html, Jsoup.parse(html), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the section with this id ("" when absent). */
    String section(String id) {
        var s = doc.getElementById(id);
        return s == null ? "" : s.text();
    }
}
