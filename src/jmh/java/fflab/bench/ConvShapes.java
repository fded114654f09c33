package fflab.bench;

import fflab.cnn.MapShape;

/**
 * A convolutional layer's step shape, {@code images x side x inChannels x filters x kernel}: the
 * CNN paper's layers (28x28 maps, 128 filters of 7x7; 10 images per step to keep a step under
 * seconds here) and the layers of the CPU-scale network (5x5, pooled between layers).
 */
record ConvShapes(int images, int side, int inChannels, int filters, int kernel) {
    static final String PAPER_FIRST = "10x28x1x128x7";
    static final String PAPER_DEEP = "10x28x128x128x7";
    static final String CPU_FIRST = "100x28x1x32x5";
    static final String CPU_SECOND = "100x14x32x64x5";
    static final String CPU_THIRD = "100x7x64x128x5";

    static ConvShapes parse(String shape) {
        int[] s = Shapes.parse(shape);
        return new ConvShapes(s[0], s[1], s[2], s[3], s[4]);
    }

    MapShape input() {
        return new MapShape(side, side, inChannels);
    }

    /** Multiply-adds of the forward convolution of the step's {@code 2 x images} maps. */
    double forwardMultiplyAdds() {
        return 2.0 * images * side * side * kernel * kernel * inChannels * filters;
    }
}
