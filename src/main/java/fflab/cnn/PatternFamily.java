package fflab.cnn;

/** The families of spatially-extended label patterns: one fixed image-sized pattern per class. */
public enum PatternFamily {
    /**
     * A 2-D cosine wave per class, {@code (1 + cos(2 pi f (x cos a + y sin a) / size)) / 2}: five
     * orientations {@code a} (0, 36, ..., 144 degrees) times two frequencies {@code f} (4 and 7 cycles
     * per image width, periods of 7 and 4 pixels, so that a 5x5 or 7x7 kernel sees them).
     */
    WAVES,
    /** The image cut into a grid of tiles (2 rows x 5 columns for 10 classes); class c lights tile c. */
    TILES
}
