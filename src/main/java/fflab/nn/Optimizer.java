package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Updates one parameter array from its gradient; each FF layer owns one. */
public interface Optimizer {
    /** Applies one step; {@code gradient} may be overwritten. */
    void step(INDArray parameter, INDArray gradient);

    /** Changes the rate of the following steps (a schedule); any state is kept. */
    void setLearningRate(double rate);

    /** The optimisers an FF layer can use. */
    enum Kind {
        /** Adam, betas 0.9 / 0.999. */
        ADAM,
        /** SGD with momentum 0.9 and L2 weight decay, as PyTorch's {@code torch.optim.SGD}. */
        SGD;

        public Optimizer create(INDArray parameter, double learningRate, double weightDecay) {
            return this == ADAM ? new Adam(parameter, learningRate)
                    : new SgdMomentum(parameter, learningRate, SgdMomentum.MOMENTUM, weightDecay);
        }
    }
}
