package fflab.model;

/** The value written into the label pixel of an overlaid image. */
public enum OverlayMode {
    /** The largest value of the training images, as the reference code (the maximum of its one full batch). */
    MAX,
    /** A fixed value, {@code overlayValue} of the config. */
    CONSTANT
}
