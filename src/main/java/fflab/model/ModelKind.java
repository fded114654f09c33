package fflab.model;

import fflab.FflabException;
import fflab.util.EnumId;

/** The model families fflab trains. */
public enum ModelKind implements EnumId {
    FF_MLP,
    BP_MLP,
    FF_CNN,
    BP_CNN;

    public boolean forwardForward() {
        return this == FF_MLP || this == FF_CNN;
    }

    /** Convolutional families (package {@code fflab.cnn}). */
    public boolean convolutional() {
        return this == FF_CNN || this == BP_CNN;
    }

    public static ModelKind parse(String s) {
        return EnumId.find(values(), s)
                .orElseThrow(() -> new FflabException("unknown model '" + s + "': expected one of " + EnumId.allowed(values())));
    }

    @Override
    public String toString() {
        return id();
    }
}
