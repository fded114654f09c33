package fflab.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Weights {@code W [in, out]} and bias {@code b [1, out]} of a dense layer, {@code z = x W + b}.
 * Initialised like PyTorch's {@code nn.Linear}: both uniform in +-1/sqrt(in), drawn from a seeded
 * Java generator so that the numbers do not depend on ND4J's random streams.
 */
public record Dense(INDArray weights, INDArray bias) {

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
        return new Dense(Tensors.matrix(w, in, out, type), Tensors.matrix(b, 1, out, type));
    }

    public int inputSize() {
        return (int) weights.rows();
    }

    public int outputSize() {
        return (int) weights.columns();
    }

    /** {@code out = x W + b} into a preallocated result. */
    public void preActivation(INDArray x, INDArray out) {
        Nd4j.gemm(x, weights, out, false, false, 1.0, 0.0);
        out.addiRowVector(bias);
    }

    /** {@code x W + b}, allocating the result: for inference, not for training loops. */
    public INDArray preActivation(INDArray x) {
        INDArray out = Nd4j.create(x.dataType(), x.rows(), weights.columns());
        preActivation(x, out);
        return out;
    }

    public Dense copy() {
        return new Dense(weights.dup(), bias.dup());
    }
}
