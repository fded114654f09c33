package fflab.saliency;

import fflab.FflabException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the enum-valued saliency options, with one error message format for all of them. */
final class OptionValues {
    private OptionValues() {}

    /** The value whose id equals {@code text} (any case, surrounding blanks ignored). */
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> id, String option, String text) {
        String wanted = text == null ? "" : text.trim();
        for (E v : values) {
            if (id.apply(v).equalsIgnoreCase(wanted)) {
                return v;
            }
        }
        throw new FflabException(option + ": unknown value '" + text + "'; allowed values: " + allowed(values, id));
    }

    static <E extends Enum<E>> String allowed(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }
}
