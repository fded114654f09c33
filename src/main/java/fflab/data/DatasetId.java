package fflab.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The datasets fflab knows; {@link #id()} is both the folder name and the command-line value. */
public enum DatasetId {
    MNIST("mnist"),
    FASHION_MNIST("fashion-mnist");

    private final String id;

    DatasetId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Accepts an id in any letter case, e.g. {@code mnist} or {@code Fashion-MNIST}. */
    public static DatasetId parse(String s) {
        if (s != null) {
            String wanted = s.trim().toLowerCase(Locale.ROOT);
            for (DatasetId d : values()) {
                if (d.id.equals(wanted)) {
                    return d;
                }
            }
        }
        throw new DataException("Unknown dataset '" + s + "'; allowed values: " + allowedValues());
    }

    /** "mnist, fashion-mnist", for messages and help texts. */
    public static String allowedValues() {
        return Arrays.stream(values()).map(DatasetId::id).collect(Collectors.joining(", "));
    }
}
