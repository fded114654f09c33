package fflab.model;

import fflab.FflabException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The model families fflab trains. */
public enum ModelKind {
    FF_MLP("ff-mlp"),
    BP_MLP("bp-mlp"),
    FF_CNN("ff-cnn"),
    BP_CNN("bp-cnn");

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean forwardForward() {
        return this == FF_MLP || this == FF_CNN;
    }

    /** Convolutional families (package {@code fflab.cnn}). */
    public boolean convolutional() {
        return this == FF_CNN || this == BP_CNN;
    }

    public static ModelKind parse(String s) {
        for (ModelKind k : values()) {
            if (k.id.equalsIgnoreCase(s)) {
                return k;
            }
        }
        throw new FflabException("unknown model '" + s + "': expected one of "
                + Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
