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
        if (HostValues.isPlain(parameter) && HostValues.isPlain(gradient)) {
            hostStep(parameter, gradient);
            return;
        }
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

    /** The same update in one host pass over memory (four BLAS and ND4J calls otherwise). */
    private void hostStep(INDArray parameter, INDArray gradient) {
        HostValues p = HostValues.of(parameter);
        HostValues g = HostValues.of(gradient);
        HostValues v = HostValues.of(velocity);
        boolean first = !started;
        started = true;
        HostLoops.forRange(p.length(), (from, to) -> {
            for (int i = from; i < to; i++) {
                double pi = p.get(i);
                double gi = g.get(i) + weightDecay * pi;
                double vi = first ? gi : momentum * v.get(i) + gi;
                v.set(i, vi);
                p.set(i, pi - learningRate * vi);
            }
        });
    }

    @Override
    public void setLearningRate(double rate) {
        this.learningRate = rate;
    }
}
