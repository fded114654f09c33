package fflab.data;

import fflab.util.EnumId;

/** The datasets fflab knows; {@link #id()} is both the folder name and the command-line value. */
public enum DatasetId implements EnumId {
    MNIST,
    FASHION_MNIST;

    /** Accepts an id in any letter case, e.g. {@code mnist} or {@code Fashion-MNIST}. */
    public static DatasetId parse(String s) {
        return EnumId.find(values(), s)
                .orElseThrow(() -> new DataException("Unknown dataset '" + s + "'; allowed values: " + allowedValues()));
    }

    /** "mnist, fashion-mnist", for messages and help texts. */
    public static String allowedValues() {
        return EnumId.allowed(values());
    }
}
