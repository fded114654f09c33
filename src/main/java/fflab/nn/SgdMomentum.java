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
    private final float[] hostVelocity;
    private boolean started;

    public SgdMomentum(INDArray parameter, double learningRate, double momentum, double weightDecay) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        boolean host = HostValues.isPlain(parameter) && HostValues.of(parameter).isFloat();
        this.hostVelocity = host ? new float[Math.toIntExact(parameter.length())] : null;
        this.velocity = host ? null : Nd4j.zeros(parameter.dataType(), parameter.shape());
    }

    @Override
    public void step(INDArray parameter, INDArray gradient) {
        if (hostVelocity != null) {
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

    /**
     * The same update in one host pass over memory, the velocity on the Java heap (four BLAS and
     * ND4J calls otherwise), for a float parameter.
     */
    private void hostStep(INDArray parameter, INDArray gradient) {
        HostValues p = HostValues.of(parameter);
        HostValues g = HostValues.of(gradient);
        boolean first = !started;
        started = true;
        float mu = (float) momentum;
        float wd = (float) weightDecay;
        float lr = (float) learningRate;
        float[] v = hostVelocity;
        HostLoops.forChunks(v.length, (from, gi, pi) -> {
            int n = gi.length;
            g.read(from, gi, n);
            p.read(from, pi, n);
            for (int k = 0, i = from; k < n; k++, i++) {
                float gk = gi[k] + wd * pi[k];
                float vi = first ? gk : mu * v[i] + gk;
                v[i] = vi;
                pi[k] -= lr * vi;
            }
            p.write(from, pi, n);
        });
    }

    @Override
    public void setLearningRate(double rate) {
        this.learningRate = rate;
    }
}
