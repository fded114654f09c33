package fflab.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tables as UTF-8 CSV with a header row, RFC 4180 quoting and "\n" line ends: what pandas'
 * {@code read_csv} and R's {@code read.csv} read without options.
 */
public final class Csv {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final ObjectReader ROW_READER = MAPPER.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader());

    private Csv() {}

    /**
     * Writes {@code header} and {@code rows} atomically. Floats and doubles keep full precision
     * ({@link Float#toString}, {@link Double#toString}); {@code null} becomes an empty cell.
     *
     * @throws IllegalArgumentException when a row's length differs from the header's
     */
    public static void write(Path target, List<String> header, List<? extends List<?>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size()
                        + " cells, the header " + header.size() + " columns");
            }
        }
        ObjectWriter writer = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n"));
        AtomicFiles.write(target, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (SequenceWriter lines = writer.writeValues(text)) {
                lines.write(header);
                for (List<?> row : rows) {
                    lines.write(cells(row));
                }
            }
        });
    }

    /** Reads a CSV file with a header row; each row maps column name to cell text, in column order. */
    public static List<Map<String, String>> read(Path file) {
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<Map<String, String>> it = ROW_READER.readValues(in)) {
            return it.readAll();
        } catch (IOException e) {
            throw IoErrors.reading(file, e);
        }
    }

    private static List<String> cells(List<?> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object value : row) {
            cells.add(cell(value));
        }
        return cells;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Float f) {
            return Float.toString(f); // not via double: 0.1f would print as 0.10000000149011612
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString(); // Double.toString, Integer.toString, ... are already exact
    }
}
