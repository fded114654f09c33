package fflab.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One Forward-Forward layer: dense weights, ReLU, goodness, and its own Adam. It learns from its
 * local loss alone ({@link FFLoss}); no gradient reaches the layer below.
 *
 * <p>Training steps reuse buffers sized for the batch ({@link Step}), so a step allocates only
 * vectors of one value per example.
 *
 * <p>An example may span several input rows ({@code positions}): a convolution is this dense map
 * applied to every image patch, one row per output pixel, and its goodness sums over all the
 * pixels of one image's activity map. Rows of one example are consecutive.
 *
 * <p>A channel-wise layer ({@link #channelwise}) learns by {@link FFLoss#competition} instead: its
 * channels form one group per class, each group's goodness is that class's score, and a step takes
 * the examples with their labels, no negative examples.
 */
public final class FFLayer {
    private final Dense dense;
    private final Goodness goodness;
    private final double theta;
    private final int positions;
    private final Optimizer optimizer;
    private final PeerNormalisation peer;
    /** Channel groups (one per class) of a channel-wise layer; 0 for the positive/negative loss. */
    private final int groups;
    private final Map<Integer, Step> steps = new HashMap<>();

    public FFLayer(Dense dense, Goodness goodness, double theta, double learningRate) {
        this(dense, goodness, theta, learningRate, 1);
    }

    /** @param positions input rows per example: 1 for a dense layer, output pixels for a convolution */
    public FFLayer(Dense dense, Goodness goodness, double theta, double learningRate, int positions) {
        this(dense, goodness, theta, new Adam(dense.parameters(), learningRate), positions, 0);
    }

    /**
     * @param optimizer updates {@code dense.parameters()}
     * @param positions input rows per example: 1 for a dense layer, output pixels for a convolution
     * @param peerNormalisation weight of the peer normalisation loss; 0 for none
     */
    public FFLayer(Dense dense, Goodness goodness, double theta, Optimizer optimizer, int positions,
                   double peerNormalisation) {
        this(dense, goodness, theta, optimizer, positions, peerNormalisation, 0);
    }

    /**
     * A layer that learns by channel-wise competition: its {@code classes} groups of consecutive
     * channels score the classes, each by the goodness of its channels over all positions.
     */
    public static FFLayer channelwise(Dense dense, Goodness goodness, double learningRate, int positions,
                                      int classes) {
        if (classes < 2 || dense.outputSize() % classes != 0) {
            throw new IllegalArgumentException(dense.outputSize() + " channels do not make " + classes + " groups");
        }
        return new FFLayer(dense, goodness, 0, new Adam(dense.parameters(), learningRate), positions, 0, classes);
    }

    private FFLayer(Dense dense, Goodness goodness, double theta, Optimizer optimizer, int positions,
                    double peerNormalisation, int groups) {
        if (positions < 1) {
            throw new IllegalArgumentException("positions must be >= 1, got " + positions);
        }
        this.dense = dense;
        this.goodness = goodness;
        this.theta = theta;
        this.positions = positions;
        this.optimizer = optimizer;
        this.groups = groups;
        this.peer = peerNormalisation > 0
                ? new PeerNormalisation(peerNormalisation, dense.outputSize(), dense.weights().dataType()) : null;
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

    public int positions() {
        return positions;
    }

    /** ReLU activities of length-normalised rows; allocates, for inference. */
    public INDArray activities(INDArray normalisedRows) {
        return Transforms.relu(dense.preActivation(normalisedRows), false);
    }

    /** Goodness of each example of (non-negative, c-ordered) activities, as a column {@code [examples, 1]}. */
    public INDArray goodnessOf(INDArray activities) {
        INDArray perExample = byExample(activities);
        INDArray g = Nd4j.create(activities.dataType(), perExample.rows(), 1);
        goodness.ofRows(perExample, g);
        return g;
    }

    /** The workspace for steps of {@code rows} input rows (positive examples, then as many negative ones). */
    public Step step(int rows) {
        return steps.computeIfAbsent(rows, Step::new);
    }

    /** The activities viewed as one row per example (a view of the c-ordered rows). */
    private INDArray byExample(INDArray activities) {
        return positions == 1 ? activities : activities.reshape(activities.rows() / positions,
                (long) positions * activities.columns());
    }

    /**
     * One training step of this layer, in two halves so the caller can read the activities in between.
     * Besides the input's two matrix multiplies, all its work (ReLU, goodness, loss, local
     * gradient, peer normalisation) is one or two plain Java passes over the step's own buffers
     * ({@link HostValues}): for mini-batches the op dispatches, not the arithmetic, were the cost.
     */
    public final class Step {
        private final int rows;
        private final int examples;
        private final int block;
        private final INDArray z;
        private final HostValues zValues;
        private final double[] g;
        private final double[] dLossDg;
        private final INDArray dParameters;
        private final double[] signs;
        private LayerInput input;
        private FFLoss.Result loss;

        private Step(int rows) {
            if (rows % ((groups > 0 ? 1 : 2) * positions) != 0) {
                throw new IllegalArgumentException(rows + " rows do not make pairs of examples of " + positions
                        + " rows");
            }
            this.rows = rows;
            this.examples = rows / positions;
            this.block = positions * dense.outputSize();
            var type = dense.weights().dataType();
            this.z = Nd4j.create(type, rows, dense.outputSize());
            this.zValues = HostValues.of(z);
            this.g = new double[examples * Math.max(1, groups)];
            this.dLossDg = new double[g.length];
            this.dParameters = Nd4j.create(type, dense.inputSize() + 1, dense.outputSize());
            this.signs = groups > 0 ? null : FFLoss.stackedSigns(examples / 2);
        }

        /**
         * Forward pass and loss. Returns the activities {@code [rows, out]}, valid until {@link #backward()}.
         */
        public INDArray forward(LayerInput in) {
            if (in.rows() != rows) {
                throw new IllegalArgumentException("step built for " + rows + " rows, input has " + in.rows());
            }
            if (groups > 0) {
                throw new IllegalStateException("a channel-wise layer steps with the examples' labels");
            }
            this.input = in;
            in.preActivation(dense, z);
            // ReLU in place and each example's sum of squares, in one pass (an example's rows are consecutive)
            double c = goodness.scale(block);
            HostLoops.forRange(examples, block, (from, to) -> {
                double[] x = new double[block];
                for (int e = from; e < to; e++) {
                    zValues.readRow(e * block, x, block);
                    g[e] = c * RowOps.reluAndSquaredSum(x, block);
                    zValues.writeRow(e * block, x, block);
                }
            });
            loss = FFLoss.lossAndGradient(g, signs, theta, dLossDg);
            return z;
        }

        /**
         * Forward pass and channel-wise competition loss of a {@link #channelwise} layer, whose input
         * holds the examples themselves (no negatives). Returns the activities, valid until {@link #backward()}.
         */
        public INDArray forward(LayerInput in, int[] labels) {
            if (groups == 0 || in.rows() != rows || labels.length != examples) {
                throw new IllegalArgumentException("channel-wise step of " + rows + " rows and " + examples
                        + " labels, got " + in.rows() + " rows and " + labels.length + " labels");
            }
            this.input = in;
            in.preActivation(dense, z);
            int width = dense.outputSize();
            double c = ChannelGroups.scale(goodness, (long) positions * width, groups);
            HostLoops.forRange(examples, block, (from, to) -> {
                double[] x = new double[block];
                for (int e = from; e < to; e++) {
                    zValues.readRow(e * block, x, block);
                    int offset = e * groups;
                    java.util.Arrays.fill(g, offset, offset + groups, 0);
                    for (int k = 0; k < block; k++) {
                        x[k] = Math.max(x[k], 0);
                    }
                    ChannelGroups.addSquares(x, block, width, groups, g, offset);
                    for (int j = 0; j < groups; j++) {
                        g[offset + j] *= c;
                    }
                    zValues.writeRow(e * block, x, block);
                }
            });
            loss = FFLoss.competition(g, labels, groups, dLossDg);
            return z;
        }

        /** Computes the local gradient into {@link #weightGradient()} / {@link #biasGradient()}; overwrites the activities. */
        public void computeGradients() {
            if (groups > 0) {
                competitionGradient();
                input.parameterGradient(dense, z, dParameters);
                return;
            }
            double[] peerGradient = peer == null ? null : peer.update(positiveColumnMeans(), rows / 2);
            // d(g)/dz = 2 c h where h = relu(z) > 0, and 0 where z <= 0 (h is 0 there too).
            double c2 = 2 * goodness.scale(block);
            int width = dense.outputSize();
            int positiveExamples = examples / 2;
            HostLoops.forRange(examples, block, (from, to) -> {
                double[] x = new double[block];
                for (int e = from; e < to; e++) {
                    zValues.readRow(e * block, x, block);
                    RowOps.scale(x, block, c2 * dLossDg[e]);
                    if (peerGradient != null && e < positiveExamples) {
                        // the peer gradient reaches every positive pre-activation, through the ReLU
                        for (int k = 0; k < block; k++) {
                            x[k] += peerGradient[k % width];
                        }
                    }
                    zValues.writeRow(e * block, x, block);
                }
            });
            input.parameterGradient(dense, z, dParameters);
        }

        /** dLoss/dz of a channel-wise layer: {@code 2 c h dLoss/dg} of the channel's group, 0 where the ReLU is off. */
        private void competitionGradient() {
            int width = dense.outputSize();
            int groupWidth = width / groups;
            double c2 = 2 * goodness.scale((long) positions * groupWidth);
            HostLoops.forRange(examples, block, (from, to) -> {
                double[] x = new double[block];
                for (int e = from; e < to; e++) {
                    zValues.readRow(e * block, x, block);
                    int offset = e * groups;
                    for (int k = 0; k < block; k++) {
                        x[k] *= c2 * dLossDg[offset + (k % width) / groupWidth];
                    }
                    zValues.writeRow(e * block, x, block);
                }
            });
        }

        /** Column means of the positive rows' activities (the first half of the rows). */
        private double[] positiveColumnMeans() {
            int width = dense.outputSize();
            int positiveRows = rows / 2;
            double[] mean = new double[width];
            double[] row = new double[width];
            for (int r = 0; r < positiveRows; r++) {
                zValues.readRow(r * width, row, width);
                for (int j = 0; j < width; j++) {
                    mean[j] += row[j];
                }
            }
            for (int j = 0; j < width; j++) {
                mean[j] /= positiveRows;
            }
            return mean;
        }

        /** {@link #computeGradients()} then one optimiser update of the weights and bias. */
        public void backward() {
            computeGradients();
            optimizer.step(dense.parameters(), dParameters);
        }

        public double loss() {
            return loss.loss();
        }

        /** Mean goodness of the positive examples (the first half). */
        public double meanPositiveGoodness() {
            return loss.meanPositiveGoodness();
        }

        /** Mean goodness of the negative examples (the second half). */
        public double meanNegativeGoodness() {
            return loss.meanNegativeGoodness();
        }

        public INDArray weightGradient() {
            return Dense.weightRows(dParameters);
        }

        public INDArray biasGradient() {
            return Dense.biasRow(dParameters);
        }
    }
}
