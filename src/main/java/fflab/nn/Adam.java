package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam for one parameter array, through ND4J's fused native updater (one pass over memory
 * instead of a handful of element-wise ops). The state lives beside the parameter.
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
        Nd4j.exec(new AdamUpdater(gradient, secondMoment, firstMoment, learningRate, BETA1, BETA2, EPSILON, iteration));
        iteration++;
        parameter.subi(gradient);
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
