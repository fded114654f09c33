package fflab.experiment.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type and allowed range of one option's single value. {@link #read} checks a node and
 * returns the normalised Java value (Long, Double, Boolean, String, List of Long), or null after
 * adding an error such as {@code expected a number > 0, got "two"}.
 */
public sealed interface ValueType {

    Object read(YamlNode node, String path, SpecErrors errors);

    /** "an integer >= 1", "one of sum, mean", ... */
    String describe();

    /** True when one value is itself a list (hidden sizes, filter sizes): an axis is then a list of lists. */
    default boolean listValued() {
        return false;
    }

    /** The largest count, size or width fflab's int-indexed arrays and loops can hold. */
    long LARGEST_INT = Integer.MAX_VALUE;

    /** A count, size or width: at least {@code min}, at most {@link #LARGEST_INT}. */
    static IntType integer(long min) {
        return new IntType(min, LARGEST_INT, false, "the largest integer fflab can hold");
    }

    static IntType integer(long min, long max) {
        return new IntType(min, max, false, null);
    }

    /** A whole number bounded only below and by {@code long} (seeds). */
    static IntType longInteger(long min) {
        return new IntType(min, Long.MAX_VALUE, false, "the largest integer fflab can hold");
    }

    /** A count at most {@code max}, the limit explained by {@code ceiling} ("the 28x28 image") when exceeded. */
    static IntType integer(long min, long max, String ceiling) {
        return new IntType(min, max, false, ceiling);
    }

    static NumberType number(double min, boolean inclusive) {
        return new NumberType(min, inclusive);
    }

    static NumberType anyNumber() {
        return new NumberType(Double.NEGATIVE_INFINITY, true);
    }

    static BoolType bool() {
        return new BoolType();
    }

    static <E extends Enum<E>> Choice choice(Class<E> type) {
        return new Choice(Arrays.stream(type.getEnumConstants()).map(ValueType::id).toList());
    }

    static Choice choice(List<String> values) {
        return new Choice(values);
    }

    /** An odd size that fits in an image {@code image} pixels wide (kernels, occlusion windows). */
    static IntType oddSize(int image) {
        return new IntType(1, image, true, "the " + image + "x" + image + " image");
    }

    static IntList widths() {
        return new IntList(integer(1));
    }

    static IntList oddSizes(int image) {
        return new IntList(oddSize(image));
    }

    static FolderName name() {
        return new FolderName();
    }

    static Text text() {
        return new Text(null, "a text");
    }

    /** The spec spelling of an enum constant: SIMULTANEOUS is "simultaneous", FASHION_MNIST "fashion-mnist". */
    static String id(Enum<?> e) {
        return fflab.option.Values.id(e);
    }

    /** The enum constant a spec id names (the inverse of {@link #id}). */
    static <E extends Enum<E>> E enumValue(Class<E> type, Object id) {
        return fflab.option.Values.enumValue(type, id);
    }

    private static Object fail(SpecErrors errors, YamlNode node, String path, String expected) {
        errors.add(node.location(), path, "expected " + expected + ", got " + node.describe());
        return null;
    }

    /**
     * Whole numbers within [min, max]; {@code odd} for filter sizes. With a {@code ceiling} the
     * maximum is a limit of the machine or the data rather than a choice: it is left out of
     * {@link #describe()} and explained when a value passes it.
     */
    record IntType(long min, long max, boolean odd, String ceiling) implements ValueType {
        @Override
        public Object read(YamlNode node, String path, SpecErrors errors) {
            if (node instanceof YamlNode.Scalar s && ceiling != null
                    && (s.value() instanceof java.math.BigInteger || s.value() instanceof Long big && big > max)) {
                errors.add(node.location(), path, "expected " + describe() + ", got " + node.describe()
                        + ", more than " + max + " (" + ceiling + ")");
                return null;
            }
            // a BigInteger (too many digits) is not a Long, so it fails here too
            if (!(node instanceof YamlNode.Scalar s) || !(s.value() instanceof Long v)
                    || v < min || v > max || (odd && v % 2 == 0)) {
                return fail(errors, node, path, describe());
            }
            return v;
        }

        @Override
        public String describe() {
            String kind = odd ? "an odd integer" : "an integer";
            if (ceiling != null) {
                return kind + " >= " + min;
            }
            return kind + " between " + min + " and " + max;
        }
    }

    /** Numbers above a bound; numbers written in a form YAML 1.1 reads as text (1e-3) are accepted too. */
    record NumberType(double min, boolean inclusive) implements ValueType {
        private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

        @Override
        public Object read(YamlNode node, String path, SpecErrors errors) {
            Double v = null;
            if (node instanceof YamlNode.Scalar s) {
                if (s.value() instanceof Number n) {
                    v = n.doubleValue();
                } else if (s.value() instanceof String text && NUMBER.matcher(text.trim()).matches()) {
                    v = Double.parseDouble(text.trim());
                }
            }
            if (v == null || v.isNaN() || v.isInfinite() || (inclusive ? v < min : v <= min)) {
                return fail(errors, node, path, describe());
            }
            return v;
        }

        @Override
        public String describe() {
            if (min == Double.NEGATIVE_INFINITY) {
                return "a number";
            }
            String bound = min == Math.rint(min) ? Long.toString((long) min) : Double.toString(min);
            return "a number " + (inclusive ? ">= " : "> ") + bound;
        }
    }

    record BoolType() implements ValueType {
        @Override
        public Object read(YamlNode node, String path, SpecErrors errors) {
            if (node instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
                return b;
            }
            return fail(errors, node, path, describe());
        }

        @Override
        public String describe() {
            return "true or false";
        }
    }

    /** One of a fixed set of words, in any letter case; stored in the listed spelling. */
    record Choice(List<String> values) implements ValueType {
        public Choice {
            values = List.copyOf(values);
        }

        @Override
        public Object read(YamlNode node, String path, SpecErrors errors) {
            if (node instanceof YamlNode.Scalar s && s.value() != null) {
                String given = s.value().toString().trim();
                for (String v : values) {
                    if (v.equalsIgnoreCase(given)) {
                        return v;
                    }
                }
                Optional<String> guess = Suggestions.closest(given, values);
                errors.add(node.location(), path, "expected " + describe() + ", got " + node.describe()
                        + guess.map(g -> " (did you mean \"" + g + "\"?)").orElse(""));
                return null;
            }
            return fail(errors, node, path, describe());
        }

        @Override
        public String describe() {
            return "one of " + String.join(", ", values);
        }
    }

    /** A non-empty list of integers, such as hidden layer widths [500, 500]. */
    record IntList(IntType element) implements ValueType {
        @Override
        public Object read(YamlNode node, String path, SpecErrors errors) {
            if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
                return fail(errors, node, path, describe());
            }
            List<Long> values = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < seq.items().size(); i++) {
                Object v = element.read(seq.items().get(i), path + "[" + i + "]", errors);
                ok &= v != null;
                values.add((Long) v);
            }
            return ok ? List.copyOf(values) : null;
        }

        @Override
        public String describe() {
            return "a list of " + element.describe().replaceFirst("^an? ", "").replace("integer", "integers");
        }

        @Override
        public boolean listValued() {
            return true;
        }
    }

    /** Free text, or text matching a pattern (names used as folder names). */
    record Text(Pattern pattern, String description) implements ValueType {
        @Override
        public Object read(YamlNode node, String path, SpecErrors errors) {
            if (node instanceof YamlNode.Scalar s && s.value() instanceof String text
                    && (pattern == null || pattern.matcher(text).matches())) {
                return text;
            }
            return fail(errors, node, path, describe());
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /**
     * A name that is a folder name on every common file system (it names results/NAME/): letters,
     * digits, '.', '_', '-', at most {@link #MAX_LENGTH} characters (the run folders and their
     * files go below it, and many file systems stop at 255 bytes), not a name Windows reserves.
     */
    record FolderName() implements ValueType {
        static final int MAX_LENGTH = 100;
        private static final Pattern CHARACTERS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
        private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

        @Override
        public Object read(YamlNode node, String path, SpecErrors errors) {
            if (!(node instanceof YamlNode.Scalar s) || !(s.value() instanceof String text)
                    || !CHARACTERS.matcher(text).matches()) {
                return fail(errors, node, path, describe());
            }
            String problem = problem(text);
            if (problem != null) {
                errors.add(node.location(), path, "expected " + describe() + ", got " + problem);
                return null;
            }
            return text;
        }

        public boolean accepts(String text) {
            return text != null && CHARACTERS.matcher(text).matches() && problem(text) == null;
        }

        private static String problem(String text) {
            if (text.length() > MAX_LENGTH) {
                return "a name of " + text.length() + " characters (at most " + MAX_LENGTH + ")";
            }
            if (RESERVED.matcher(text).matches() || text.endsWith(".")) {
                return "\"" + text + "\", which Windows cannot use as a folder name";
            }
            return null;
        }

        @Override
        public String describe() {
            return "a name of letters, digits, '.', '_' or '-'";
        }
    }
}
