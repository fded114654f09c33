package fflab.experiment.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads YAML text into {@link YamlNode}s that remember their line and column, using Jackson's
 * streaming YAML parser. Syntax errors and duplicate keys become {@link SpecException}s.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private final String source;
    private final JsonParser parser;

    private YamlReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /**
     * @param source what to call the text in messages: a file name, or {@code --set[1]}
     * @return the document's root, or null for an empty document
     */
    public static YamlNode read(String source, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            YamlReader reader = new YamlReader(source, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = reader.value(first, "");
            if (parser.nextToken() != null) {
                throw SpecException.of(reader.here(), "", "a spec holds one YAML document; remove the second one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private YamlNode value(JsonToken token, String path) throws IOException {
        Location at = here();
        switch (token) {
            case START_OBJECT:
                return mapping(at, path);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(t, path + "[" + items.size() + "]"));
                }
                return new YamlNode.Sequence(at, items);
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(at, parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(at, parser.getDoubleValue());
            case VALUE_TRUE:
                return new YamlNode.Scalar(at, true);
            case VALUE_FALSE:
                return new YamlNode.Scalar(at, false);
            case VALUE_NULL:
                return new YamlNode.Scalar(at, null);
            default:
                return new YamlNode.Scalar(at, parser.getText());
        }
    }

    private YamlNode.Mapping mapping(Location at, String path) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Location keyAt = here();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            YamlNode value = value(parser.nextToken(), keyPath);
            if (entries.containsKey(key)) {
                throw SpecException.of(keyAt, keyPath, "duplicate key (first at line "
                        + entries.get(key).keyLocation().line() + ")");
            }
            entries.put(key, new YamlNode.Entry(key, keyAt, value));
        }
        return new YamlNode.Mapping(at, entries);
    }

    private Location here() {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(source, l.getLineNr(), l.getColumnNr());
    }

    /** Snakeyaml's message without its source excerpts, placed at its problem mark (its last "line N, column M"). */
    private static SpecException syntaxError(String source, JsonProcessingException e) {
        String text = e.getOriginalMessage();
        JsonLocation l = e.getLocation();
        int line = l == null ? 1 : l.getLineNr();
        int column = l == null ? 1 : l.getColumnNr();
        Matcher mark = MARK.matcher(text);
        while (mark.find()) {
            line = Integer.parseInt(mark.group(1));
            column = Integer.parseInt(mark.group(2));
        }
        String message = text.lines().filter(s -> !s.isBlank() && !s.startsWith(" "))
                .collect(Collectors.joining(": "));
        return SpecException.of(new Location(source, line, column), "", "YAML syntax error: " + message);
    }
}
