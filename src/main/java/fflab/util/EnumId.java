package fflab.util;

import fflab.FflabException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose id (in specs, run files and on the command line) is its constant's name in lower case with
 * hyphens, e.g. FASHION_MNIST is "fashion-mnist"; implementing this replaces an id field, constructor and getter.
 */
public interface EnumId {

    /** Supplied by {@link Enum#name()}. */
    String name();

    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value whose id equals {@code text} in any letter case, blanks around it ignored. */
    static <E extends EnumId> Optional<E> find(E[] values, String text) {
        String wanted = text == null ? "" : text.trim();
        return Arrays.stream(values).filter(v -> v.id().equalsIgnoreCase(wanted)).findFirst();
    }

    /** As {@link #find}, for the value of a command-line option: an unknown one is refused naming the option. */
    static <E extends EnumId> E parse(E[] values, String option, String text) {
        return find(values, text).orElseThrow(() -> new FflabException(option + ": unknown value '" + text
                + "'; allowed values: " + allowed(values)));
    }

    /** "a, b, c": every id in declaration order, for messages and help texts. */
    static String allowed(EnumId[] values) {
        return Arrays.stream(values).map(EnumId::id).collect(Collectors.joining(", "));
    }
}
