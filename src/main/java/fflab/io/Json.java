package fflab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON files with one shared configuration, so every result file looks the same and diffs well. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    /**
     * The shared mapper: pretty printed, map keys sorted, records supported. Do not reconfigure
     * it; call {@code mapper().copy()} for a variant.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes {@code value} atomically, ending the file with a newline. */
    public static void write(Path target, Object value) {
        AtomicFiles.write(target, out -> {
            MAPPER.writeValue(out, value); // "closes" the stream, which AtomicFiles turns into a flush
            out.write('\n');
        });
    }

    /** Reads a whole file into {@code type}; a parse error names the file, line and column. */
    public static <T> T read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw IoErrors.reading(file, e);
        }
    }

    public static JsonNode readTree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw IoErrors.reading(file, e);
        }
    }

    /** Pretty-printed JSON text of {@code value}. */
    public static String toString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
