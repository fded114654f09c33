package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * SGD with momentum and L2 weight decay, step for step as PyTorch's {@code torch.optim.SGD}
 * (no dampening): {@code g += wd p; v = mu v + g (v = g at the first step); p -= lr v}.
 */
public final class SgdMomentum implements Optimizer {
    public static final double MOMENTUM = 0.9;

    private double learningRate;
    private final double momentum;
    private final double weightDecay;
    private final INDArray velocity;
    private boolean started;

    public SgdMomentum(INDArray parameter, double learningRate, double momentum, double weightDecay) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.velocity = Nd4j.zeros(parameter.dataType(), parameter.shape());
    }

    @Override
    public void step(INDArray parameter, INDArray gradient) {
        if (weightDecay != 0) {
            Nd4j.getBlasWrapper().level1().axpy(gradient.length(), weightDecay, parameter, gradient);
        }
        if (started) {
            velocity.muli(momentum).addi(gradient);
        } else {
            velocity.assign(gradient);
            started = true;
        }
        Nd4j.getBlasWrapper().level1().axpy(parameter.length(), -learningRate, velocity, parameter);
    }

    @Override
    public void setLearningRate(double rate) {
        this.learningRate = rate;
    }
}
