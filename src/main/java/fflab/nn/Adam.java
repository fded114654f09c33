package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam for one parameter array, as ND4J's fused updater computes it ({@code lr_t = lr sqrt(1 -
 * beta2^t) / (1 - beta1^t)}, {@code p -= lr_t m / (sqrt(v) + eps)}). For a float parameter the
 * moments live on the Java heap and one host pass over memory (in chunks the JIT vectorises) also
 * applies the update: ND4J's updater and the subtraction were two ops on ND4J's thread pool, which
 * waits for cores that OpenBLAS's threads still spin on after a multiply. Other parameters use
 * ND4J's updater.
 */
public final class Adam implements Optimizer {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private double learningRate;
    private final INDArray firstMoment;
    private final INDArray secondMoment;
    private final float[] m;
    private final float[] v;
    private int iteration;

    public Adam(INDArray parameter, double learningRate) {
        this.learningRate = learningRate;
        boolean host = HostValues.isPlain(parameter) && HostValues.of(parameter).isFloat();
        int n = Math.toIntExact(parameter.length());
        this.m = host ? new float[n] : null;
        this.v = host ? new float[n] : null;
        this.firstMoment = host ? null : Nd4j.zeros(parameter.dataType(), parameter.shape());
        this.secondMoment = host ? null : Nd4j.zeros(parameter.dataType(), parameter.shape());
    }

    /** Applies one step: {@code gradient} may be overwritten; the update is subtracted from {@code parameter}. */
    @Override
    public void step(INDArray parameter, INDArray gradient) {
        if (m == null) {
            Nd4j.exec(new AdamUpdater(gradient, secondMoment, firstMoment, learningRate, BETA1, BETA2, EPSILON,
                    iteration));
            iteration++;
            parameter.subi(gradient);
            return;
        }
        iteration++;
        float rate = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, iteration))
                / (1 - Math.pow(BETA1, iteration)));
        HostValues p = HostValues.of(parameter);
        HostValues g = HostValues.of(gradient);
        HostLoops.forChunks(m.length, (from, gi, pi) -> {
            int n = gi.length;
            g.read(from, gi, n);
            p.read(from, pi, n);
            float b1 = (float) BETA1;
            float b2 = (float) BETA2;
            float eps = (float) EPSILON;
            for (int k = 0, i = from; k < n; k++, i++) {
                float gk = gi[k];
                float mi = b1 * m[i] + (1 - b1) * gk;
                float vi = b2 * v[i] + (1 - b2) * gk * gk;
                m[i] = mi;
                v[i] = vi;
                pi[k] -= rate * mi / ((float) Math.sqrt(vi) + eps);
            }
            p.write(from, pi, n);
        });
    }

    /** Changes the rate of the following steps (a schedule); the moments are kept. */
    @Override
    public void setLearningRate(double rate) {
        this.learningRate = rate;
    }

    public int iterations() {
        return iteration;
    }
}
