package fflab.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Finds what a run's saliency/ folder holds that the report can show: CSV files with a 28x28
 * matrix (an optional header row is skipped), CSV curves (a header and at least two numeric
 * columns, e.g. deletion and insertion curves) and PNG figures. The file format is still being
 * defined elsewhere, so anything else is skipped rather than refused.
 */
public final class SaliencyFiles {
    public static final String FOLDER = "saliency";
    static final int SIDE = 28;
    /** PNGs larger than this are left out, to keep the report mailable. */
    static final long MAX_PNG_BYTES = 2_000_000;
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private SaliencyFiles() {
    }

    public static boolean present(Path runDir) {
        return Files.isDirectory(runDir.resolve(FOLDER));
    }

    /** Every showable item, in path order; empty without a saliency folder. */
    public static List<SaliencyItem> read(Path runDir) {
        Path root = runDir.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<SaliencyItem> items = new ArrayList<>();
        for (Path file : files) {
            String rel = root.relativize(file).toString();
            String name = rel.toLowerCase(Locale.ROOT);
            SaliencyItem item = name.endsWith(".csv") ? csv(rel, file) : name.endsWith(".png") ? png(rel, file) : null;
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static SaliencyItem png(String rel, Path file) {
        try {
            if (Files.size(file) > MAX_PNG_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? null : new SaliencyItem(rel, null, bytes, null, null);
        } catch (IOException e) {
            return null;
        }
    }

    private static SaliencyItem csv(String rel, Path file) {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String[] header = rows.isEmpty() || numeric(rows.get(0)) ? null : rows.remove(0);
        if (rows.isEmpty() || !rows.stream().allMatch(SaliencyFiles::numeric)) {
            return null;
        }
        if (rows.size() == SIDE && rows.stream().allMatch(r -> r.length == SIDE)) {
            return new SaliencyItem(rel, numbers(rows), null, null, null);
        }
        int columns = rows.get(0).length;
        if (header == null || header.length != columns || columns < 2
                || !rows.stream().allMatch(r -> r.length == columns)) {
            return null;
        }
        double[][] values = numbers(rows);
        double[] x = column(values, 0);
        List<LineCharts.Line> lines = new ArrayList<>();
        for (int c = 1; c < columns; c++) {
            lines.add(LineCharts.Line.plain(header[c].strip(), x, column(values, c)));
        }
        return new SaliencyItem(rel, null, null, header[0].strip(), lines);
    }

    private static boolean numeric(String[] row) {
        for (String cell : row) {
            if (Double.isNaN(TrainingHistory.number(cell)) && !cell.strip().equalsIgnoreCase("nan")) {
                return false;
            }
        }
        return row.length > 0;
    }

    private static double[][] numbers(List<String[]> rows) {
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            values[r] = new double[row.length];
            for (int c = 0; c < row.length; c++) {
                values[r][c] = TrainingHistory.number(row[c]);
            }
        }
        return values;
    }

    private static double[] column(double[][] values, int c) {
        double[] out = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            out[r] = values[r][c];
        }
        return out;
    }
}
