package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The length normalisation of every FF layer's input, {@code x / (||x|| + 1e-4)}, exactly as the
 * reference code: it hides the previous layer's goodness (the length) and passes on only the
 * direction of its activity vector.
 */
public final class LengthNorm {
    public static final double EPSILON = 1e-4;

    private LengthNorm() {}

    /** Writes the row-normalised {@code source} into {@code target} (may be the same array). */
    public static void normaliseRows(INDArray source, INDArray target) {
        INDArray norms = source.norm2(1).addi(EPSILON);
        if (target != source) {
            target.assign(source);
        }
        target.diviColumnVector(norms.reshape(norms.length(), 1));
    }

    public static INDArray normaliseRows(INDArray source) {
        INDArray target = source.dup();
        normaliseRows(target, target);
        return target;
    }
}
