package fflab.claims;

import fflab.io.AtomicFiles;
import fflab.report.ExperimentResults;
import fflab.report.RunFolderReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the claims page: measures every claim of claims.yaml in {@code results/<experiment>/} and
 * links every experiment folder's report {@code reports/<experiment>/index.html}.
 */
public final class Claims {
    public static final String REPORT_FILE = "index.html";

    private Claims() {
    }

    /** What was written: the page's rows. */
    public record Written(Path page, List<Measurement> rows) {}

    public static Written write(Path claimsFile, Path results, Path reports, Path out, Instant generated) {
        ClaimsFile file = ClaimsFile.read(claimsFile);
        Path pageDir = out.toAbsolutePath().getParent();
        Map<String, ExperimentResults> loaded = new LinkedHashMap<>();
        List<ClaimsPage.ExperimentLink> links = new ArrayList<>();
        Map<String, String> hrefs = new LinkedHashMap<>();
        for (Path dir : experimentFolders(results)) {
            String name = dir.getFileName().toString();
            ExperimentResults r = ExperimentResults.load(dir);
            loaded.put(name, r);
            Path report = reports.resolve(name).resolve(REPORT_FILE);
            String href = Files.isRegularFile(report) ? ClaimsPage.relative(pageDir, report) : null;
            if (href != null) {
                hrefs.put(name, href);
            }
            links.add(new ClaimsPage.ExperimentLink(name, href, r.experiment().runs().size()));
        }
        for (Path report : otherReports(reports, loaded.keySet())) { // e.g. make report's results/reference
            String name = report.getParent().getFileName().toString();
            links.add(new ClaimsPage.ExperimentLink(name, ClaimsPage.relative(pageDir, report), -1));
        }
        List<Measurement> rows = file.claims().stream().map(c -> Measurement.of(c, loaded.get(c.experiment())))
                .toList();
        String html = ClaimsPage.render(file, rows, links, hrefs, generated);
        AtomicFiles.write(out, html.getBytes(StandardCharsets.UTF_8));
        return new Written(out, rows);
    }

    /** Folders directly under {@code results} that hold at least one run folder, by name. */
    static List<Path> experimentFolders(Path results) {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(Files::isDirectory).filter(Claims::holdsRuns).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** reports/<name>/index.html of folders that are not among {@code known}. */
    static List<Path> otherReports(Path reports, java.util.Set<String> known) {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(reports)) {
            return dirs.filter(d -> !known.contains(d.getFileName().toString()))
                    .map(d -> d.resolve(REPORT_FILE)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsRuns(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(c -> Files.isDirectory(c) && RunFolderReader.isRunFolder(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
