package fflab.cnn;

import fflab.nn.Tensors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The label of an FF-CNN input, spread over the whole image: a convolution sees only a
 * neighbourhood, so it must find the label everywhere. One fixed pattern per class (values in
 * [0, 1], deterministic), blended into the image as {@code x + K p_y} or {@code (1 - K) x + K p_y}.
 * The neutral input (for a linear readout) carries the mean of all patterns.
 */
public final class LabelPatterns {
    private final PatternFamily family;
    private final Blend blend;
    private final double intensity;
    private final int height;
    private final int width;
    private final double[][] patterns;
    private final java.util.Map<DataType, INDArray> matrices = new java.util.concurrent.ConcurrentHashMap<>();

    public LabelPatterns(PatternFamily family, Blend blend, double intensity, int classes, int height, int width) {
        this(family, blend, intensity, height, width, new double[classes][]);
        for (int c = 0; c < classes; c++) {
            patterns[c] = family == PatternFamily.WAVES ? wave(c) : tile(c, classes);
        }
    }

    /** Patterns as stored with a model, {@code [classes][height * width]}. */
    public static LabelPatterns stored(PatternFamily family, Blend blend, double intensity, int height, int width,
                                       double[][] patterns) {
        LabelPatterns p = new LabelPatterns(family, blend, intensity, height, width, new double[patterns.length][]);
        for (int c = 0; c < patterns.length; c++) {
            if (patterns[c].length != height * width) {
                throw new IllegalArgumentException("pattern " + c + " has " + patterns[c].length + " values, expected "
                        + height * width);
            }
            p.patterns[c] = patterns[c].clone();
        }
        return p;
    }

    private LabelPatterns(PatternFamily family, Blend blend, double intensity, int height, int width,
                          double[][] patterns) {
        if (!blend.accepts(intensity)) {
            throw new IllegalArgumentException("label intensity with blend " + blend + " must be " + blend.allowed()
                    + ", got " + intensity);
        }
        this.family = family;
        this.blend = blend;
        this.intensity = intensity;
        this.height = height;
        this.width = width;
        this.patterns = patterns;
    }

    private double[] wave(int c) {
        double angle = Math.PI * (c % 5) / 5;
        double cycles = c < 5 ? 4 : 7;
        double[] p = new double[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5 - width / 2.0) * Math.cos(angle) + (y + 0.5 - height / 2.0) * Math.sin(angle);
                p[y * width + x] = 0.5 * (1 + Math.cos(2 * Math.PI * cycles * u / width));
            }
        }
        return p;
    }

    private double[] tile(int c, int classes) {
        int rows = classes <= 5 ? 1 : 2;
        int cols = (classes + rows - 1) / rows;
        double[] p = new double[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int tile = (y * rows / height) * cols + x * cols / width;
                p[y * width + x] = tile == c ? 1 : 0;
            }
        }
        return p;
    }

    public PatternFamily family() {
        return family;
    }

    public Blend blend() {
        return blend;
    }

    public double intensity() {
        return intensity;
    }

    public int classes() {
        return patterns.length;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Class {@code c}'s pattern, row-major {@code height x width}. */
    public double[] pattern(int c) {
        return patterns[c].clone();
    }

    /** All patterns, {@code [classes, height * width]} (shared: do not modify). */
    public INDArray matrix(DataType type) {
        return matrices.computeIfAbsent(type, this::build);
    }

    private INDArray build(DataType type) {
        double[] all = new double[patterns.length * height * width];
        for (int c = 0; c < patterns.length; c++) {
            System.arraycopy(patterns[c], 0, all, c * height * width, height * width);
        }
        return Tensors.matrix(all, patterns.length, height * width, type);
    }

    /** Writes image i blended with the pattern of {@code labels[i]} into row i of {@code out}. */
    public void blend(INDArray images, int[] labels, INDArray out) {
        Nd4j.pullRows(matrix(images.dataType()), out, 1, labels);
        out.muli(intensity).addi(images.mul(blend.imageWeight(intensity)));
    }

    /** Every image blended with the mean pattern: the input that carries no label. */
    public INDArray neutral(INDArray images) {
        INDArray mean = matrix(images.dataType()).mean(true, 0); // a new array: safe to scale
        return images.mul(blend.imageWeight(intensity)).addiRowVector(mean.muli(intensity));
    }
}
