package fflab.cnn;

/**
 * The shape of one image's activity map, stored NHWC: {@code height x width x channels} values,
 * channels fastest. A batch of maps is a c-ordered {@code [images, size]} matrix, which is also
 * the {@code [images * pixels, channels]} matrix of one row per pixel.
 */
public record MapShape(int height, int width, int channels) {
    /** A grey 28x28 image (MNIST, Fashion-MNIST). */
    public static final MapShape MNIST = new MapShape(28, 28, 1);

    public MapShape {
        if (height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("map shape must be positive, got " + height + "x" + width + "x" + channels);
        }
    }

    /** The grey square image of {@code features} pixels. */
    public static MapShape squareImage(int features) {
        int side = (int) Math.round(Math.sqrt(features));
        if (side * side != features) {
            throw new IllegalArgumentException("CNNs need square images, got " + features + " pixels");
        }
        return new MapShape(side, side, 1);
    }

    public int pixels() {
        return height * width;
    }

    public int size() {
        return pixels() * channels;
    }

    public MapShape withChannels(int c) {
        return new MapShape(height, width, c);
    }

    @Override
    public String toString() {
        return height + "x" + width + "x" + channels;
    }
}
