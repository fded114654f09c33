package fflab.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small conversions between host arrays and ND4J arrays that the other classes share. */
public final class Tensors {
    private Tensors() {}

    /**
     * Frees {@code a}'s off-heap memory now, unless it is a view or shared: ND4J frees an array
     * only once the garbage collector finds its small Java object, long after loops made gigabytes.
     */
    public static void free(INDArray a) {
        if (a.closeable()) {
            a.close();
        }
    }

    public static INDArray vector(double[] values, DataType type) {
        return Nd4j.create(values, new long[] {values.length}, type);
    }

    public static INDArray matrix(double[] rowMajor, int rows, int cols, DataType type) {
        return Nd4j.create(rowMajor, new long[] {rows, cols}, type);
    }

    /** Row i of the result is {@code scale[i]} at column {@code labels[i]}, zero elsewhere. */
    public static INDArray scaledOneHot(int[] labels, double[] scale, int classes, DataType type) {
        double[] m = new double[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            m[i * classes + labels[i]] = scale[i];
        }
        return matrix(m, labels.length, classes, type);
    }

    private static final java.util.Map<String, INDArray> ONES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code out = column sums of m}, as a matrix-vector product with a cached ones vector: ND4J's
     * column reduction {@code sum(0)} is several times slower than the multiply on tall matrices.
     */
    public static void columnSums(INDArray m, INDArray out) {
        INDArray ones = ONES.computeIfAbsent(m.dataType() + "/" + m.rows(),
                k -> Nd4j.ones(m.dataType(), m.rows(), 1));
        Nd4j.gemm(ones, m, out, true, false, 1.0, 0.0);
    }

    /** Index of the largest value in each row. Ties go to the lowest index, like argmax in PyTorch. */
    public static int[] argmaxRows(INDArray scores) {
        int rows = (int) scores.rows();
        int cols = (int) scores.columns();
        double[] s = scores.dup('c').data().asDouble();
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            int best = 0;
            for (int j = 1; j < cols; j++) {
                if (s[i * cols + j] > s[i * cols + best]) {
                    best = j;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
