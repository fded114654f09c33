package fflab.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One Forward-Forward layer: dense weights, ReLU, goodness, and its own Adam. It learns from its
 * local loss alone ({@link FFLoss}); no gradient reaches the layer below.
 *
 * <p>Training steps reuse buffers sized for the batch ({@link Step}), so a step allocates only
 * vectors of one value per row.
 */
public final class FFLayer {
    private final Dense dense;
    private final Goodness goodness;
    private final double theta;
    private final Adam optimizer;
    private final Map<Integer, Step> steps = new HashMap<>();

    public FFLayer(Dense dense, Goodness goodness, double theta, double learningRate) {
        this.dense = dense;
        this.goodness = goodness;
        this.theta = theta;
        this.optimizer = new Adam(dense.parameters(), learningRate);
    }

    /** Sets the learning rate of the following steps. */
    public void setLearningRate(double rate) {
        optimizer.setLearningRate(rate);
    }

    public Dense dense() {
        return dense;
    }

    public Goodness goodness() {
        return goodness;
    }

    public double theta() {
        return theta;
    }

    /** ReLU activities of length-normalised rows; allocates, for inference. */
    public INDArray activities(INDArray normalisedRows) {
        return Transforms.relu(dense.preActivation(normalisedRows), false);
    }

    /** Goodness of each row of (non-negative) activities, as a column {@code [rows, 1]}. */
    public INDArray goodnessOf(INDArray activities) {
        INDArray g = Nd4j.create(activities.dataType(), activities.rows(), 1);
        squaredRowNorms(activities, g);
        return g.muli(goodness.scale(activities.columns()));
    }

    /** The workspace for steps of {@code rows} rows (positive plus negative). */
    public Step step(int rows) {
        return steps.computeIfAbsent(rows, Step::new);
    }

    private static void squaredRowNorms(INDArray m, INDArray out) {
        Nd4j.exec(new SquaredNorm(m, out.reshape(m.rows()), 1));
    }

    /** One training step of this layer, in two halves so the caller can read the activities in between. */
    public final class Step {
        private final int rows;
        private final INDArray z;
        private final INDArray g;
        private final INDArray dLossDg;
        private final INDArray dParameters;
        private final double[] signs;
        private LayerInput input;
        private FFLoss.Result loss;

        private Step(int rows) {
            this.rows = rows;
            var type = dense.weights().dataType();
            this.z = Nd4j.create(type, rows, dense.outputSize());
            this.g = Nd4j.create(type, rows, 1);
            this.dLossDg = Nd4j.create(type, rows, 1);
            this.dParameters = Nd4j.create(type, dense.inputSize() + 1, dense.outputSize());
            this.signs = FFLoss.stackedSigns(rows / 2);
        }

        /**
         * Forward pass and loss. Returns the activities {@code [rows, out]}, valid until {@link #backward()}.
         */
        public INDArray forward(LayerInput in) {
            if (in.rows() != rows) {
                throw new IllegalArgumentException("step built for " + rows + " rows, input has " + in.rows());
            }
            this.input = in;
            in.preActivation(dense, z);
            Transforms.relu(z, false);
            squaredRowNorms(z, g);
            g.muli(goodness.scale(z.columns()));
            loss = FFLoss.lossAndGradient(g, signs, theta, dLossDg);
            return z;
        }

        /** Computes the local gradient into {@link #weightGradient()} / {@link #biasGradient()}; overwrites the activities. */
        public void computeGradients() {
            // d(g)/dz = 2 c h where h = relu(z) > 0, and 0 where z <= 0 (h is 0 there too).
            dLossDg.muli(2 * goodness.scale(z.columns()));
            z.muliColumnVector(dLossDg);
            input.parameterGradient(dense, z, dParameters);
        }

        /** {@link #computeGradients()} then one Adam update of the weights and bias. */
        public void backward() {
            computeGradients();
            optimizer.step(dense.parameters(), dParameters);
        }

        public double loss() {
            return loss.loss();
        }

        /** Mean goodness of the positive rows (the first half). */
        public double meanPositiveGoodness() {
            return loss.meanPositiveGoodness();
        }

        /** Mean goodness of the negative rows (the second half). */
        public double meanNegativeGoodness() {
            return loss.meanNegativeGoodness();
        }

        public INDArray weightGradient() {
            return dParameters.get(NDArrayIndex.interval(0, dense.inputSize()), NDArrayIndex.all());
        }

        public INDArray biasGradient() {
            return dParameters.get(NDArrayIndex.interval(dense.inputSize(), dense.inputSize() + 1), NDArrayIndex.all());
        }
    }
}
