package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam for one parameter array, as ND4J's fused updater computes it ({@code lr_t = lr sqrt(1 -
 * beta2^t) / (1 - beta1^t)}, {@code p -= lr_t m / (sqrt(v) + eps)}), in one host pass over memory
 * that also applies the update ({@link HostValues}; ND4J's updater and the subtraction were two
 * ops on ND4J's thread pool). The state lives beside the parameter.
 */
public final class Adam implements Optimizer {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private double learningRate;
    private final INDArray firstMoment;
    private final INDArray secondMoment;
    private int iteration;

    public Adam(INDArray parameter, double learningRate) {
        this.learningRate = learningRate;
        this.firstMoment = Nd4j.zeros(parameter.dataType(), parameter.shape());
        this.secondMoment = Nd4j.zeros(parameter.dataType(), parameter.shape());
    }

    /** Applies one step: {@code gradient} is overwritten with the update, which is subtracted from {@code parameter}. */
    @Override
    public void step(INDArray parameter, INDArray gradient) {
        if (!HostValues.isPlain(parameter) || !HostValues.isPlain(gradient)) {
            Nd4j.exec(new AdamUpdater(gradient, secondMoment, firstMoment, learningRate, BETA1, BETA2, EPSILON,
                    iteration));
            iteration++;
            parameter.subi(gradient);
            return;
        }
        iteration++;
        double rate = learningRate * Math.sqrt(1 - Math.pow(BETA2, iteration)) / (1 - Math.pow(BETA1, iteration));
        HostValues p = HostValues.of(parameter);
        HostValues g = HostValues.of(gradient);
        HostValues m = HostValues.of(firstMoment);
        HostValues v = HostValues.of(secondMoment);
        HostLoops.forRange(p.length(), (from, to) -> {
            for (int i = from; i < to; i++) {
                double gi = g.get(i);
                double mi = BETA1 * m.get(i) + (1 - BETA1) * gi;
                double vi = BETA2 * v.get(i) + (1 - BETA2) * gi * gi;
                m.set(i, mi);
                v.set(i, vi);
                p.add(i, -rate * mi / (Math.sqrt(vi) + EPSILON));
            }
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
