package fflab.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A dense layer {@code z = x W + b}, with {@code W [in, out]} and {@code b [1, out]} stored as one
 * parameter matrix {@code [W; b]} of {@code in + 1} rows. {@link #weights()} and {@link #bias()}
 * are views of it. One matrix lets an input that carries a column of ones compute {@code x W + b}
 * and both gradients {@code [X 1]^T dZ = [dW; db]} with one multiply each, and lets one optimiser
 * step update both.
 *
 * <p>Initialised like PyTorch's {@code nn.Linear}: both uniform in +-1/sqrt(in), drawn from a
 * seeded Java generator so that the numbers do not depend on ND4J's random streams.
 */
public final class Dense {
    private final INDArray parameters;
    private final INDArray weights;
    private final INDArray bias;

    private Dense(INDArray parameters) {
        this.parameters = parameters;
        this.weights = weightRows(parameters);
        this.bias = biasRow(parameters);
    }

    /** The {@code W} rows of a {@code [W; b]}-shaped array (parameters or their gradient), as a view. */
    public static INDArray weightRows(INDArray stacked) {
        return stacked.get(NDArrayIndex.interval(0, stacked.rows() - 1), NDArrayIndex.all());
    }

    /** The {@code b} row of a {@code [W; b]}-shaped array, as a {@code [1, out]} view. */
    public static INDArray biasRow(INDArray stacked) {
        return stacked.get(NDArrayIndex.interval(stacked.rows() - 1, stacked.rows()), NDArrayIndex.all());
    }

    /** A layer holding copies of {@code weights [in, out]} and {@code bias [1, out]}. */
    public Dense(INDArray weights, INDArray bias) {
        this(Nd4j.vstack(weights, bias.reshape(1, weights.columns())).dup('c'));
    }

    public static Dense init(int in, int out, long seed, DataType type) {
        SplittableRandom rng = new SplittableRandom(seed);
        double bound = 1.0 / Math.sqrt(in);
        double[] w = new double[in * out];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextDouble(-bound, bound);
        }
        double[] b = new double[out];
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextDouble(-bound, bound);
        }
        double[] params = new double[(in + 1) * out];
        System.arraycopy(w, 0, params, 0, w.length);
        System.arraycopy(b, 0, params, w.length, b.length);
        return new Dense(Tensors.matrix(params, in + 1, out, type));
    }

    /** {@code [W; b]}, {@code [in + 1, out]}: the array an optimiser updates. */
    public INDArray parameters() {
        return parameters;
    }

    public INDArray weights() {
        return weights;
    }

    public INDArray bias() {
        return bias;
    }

    public int inputSize() {
        return (int) weights.rows();
    }

    public int outputSize() {
        return (int) weights.columns();
    }

    /** {@code out = x W + b} into a preallocated result; {@code x} may carry a trailing column of ones. */
    public void preActivation(INDArray x, INDArray out) {
        if (x.columns() == parameters.rows()) {
            Nd4j.gemm(x, parameters, out, false, false, 1.0, 0.0);
        } else {
            Nd4j.gemm(x, weights, out, false, false, 1.0, 0.0);
            out.addiRowVector(bias);
        }
    }

    /**
     * {@code out = x W + b}, then with {@code relu} {@code max(out, 0)}, for training steps: one multiply
     * and one host pass for the bias and the ReLU ({@code out} {@link HostValues#isPlain plain}), where
     * the two ND4J ops they replace cost more in dispatch than in arithmetic at batch sizes of 100.
     */
    public void forwardOnHost(INDArray x, INDArray out, boolean relu) {
        Nd4j.gemm(x, weights, out, false, false, 1.0, 0.0);
        HostValues values = HostValues.of(out);
        int width = outputSize();
        double[] b = new double[width];
        HostValues.of(bias).readRow(0, b, width);
        HostLoops.forRange((int) out.rows(), width, (from, to) -> {
            double[] row = new double[width];
            for (int r = from; r < to; r++) {
                values.readRow(r * width, row, width);
                for (int j = 0; j < width; j++) {
                    double v = row[j] + b[j];
                    row[j] = relu ? Math.max(v, 0) : v;
                }
                values.writeRow(r * width, row, width);
            }
        });
    }

    /** {@code x W + b}, allocating the result: for inference, not for training loops. */
    public INDArray preActivation(INDArray x) {
        INDArray out = Nd4j.create(x.dataType(), x.rows(), weights.columns());
        preActivation(x, out);
        return out;
    }

    public Dense copy() {
        return new Dense(parameters.dup());
    }
}
