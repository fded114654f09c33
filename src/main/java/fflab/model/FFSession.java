package fflab.model;

import fflab.nn.Dense;
import fflab.predict.Predictor;
import fflab.train.TrainingMonitor;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the FF-MLP and FF-CNN trainers share: the seeded state of one training run, its schedule
 * (sequential or simultaneous), its negatives, its evaluations and, for the linear classifier,
 * the readout trained after FF. Subclasses train the layers; one random stream, seeded once,
 * draws everything in the same order on every run.
 *
 * @param <N> the network being trained
 */
public abstract class FFSession<N extends FFPredictor<N>> {
    protected final INDArray images;
    protected final int[] labels;
    protected final int classes;
    protected final TrainingMonitor monitor;
    protected final SplittableRandom rng;
    private final LayerwiseConfig config;
    private final NegativeSampler sampler;
    protected N network;
    protected int[] negatives;

    protected FFSession(LayerwiseConfig config, long seed, INDArray images, int[] labels, int classes,
                        TrainingMonitor monitor) {
        this.config = config;
        this.images = images;
        this.labels = labels;
        this.classes = classes;
        this.monitor = monitor;
        this.rng = new SplittableRandom(seed);
        this.sampler = new NegativeSampler(config.negatives(), classes);
    }

    /** Trains the layers by the config's schedule, then the readout of the linear classifier. */
    public final N train(String task) {
        boolean linear = config.classifier() == Classifier.LINEAR;
        monitor.started(task, (long) config.epochs() * config.layers() + (linear ? config.readoutEpochs() : 0));
        if (config.schedule() == Schedule.SEQUENTIAL) {
            trainSequential();
        } else {
            trainSimultaneous();
        }
        if (linear) {
            N frozen = network;
            Dense readout = LinearReadout.train(frozen::readoutFeatures, frozen.readoutFeatureCount(), images, labels,
                    classes, config.readoutEpochs(), readoutBatchSize(), config.readoutLearningRate(), rng, monitor);
            network = frozen.withReadout(readout);
            monitor.evaluate("readout", config.readoutEpochs(), network);
        }
        monitor.finished();
        return network;
    }

    protected abstract void trainSequential();

    protected abstract void trainSimultaneous();

    /** Images per step of the linear readout. */
    protected abstract int readoutBatchSize();

    /** Whether the layers learn from negative data (channel-wise competition does not). */
    protected boolean usesNegatives() {
        return true;
    }

    protected final boolean redrawEveryEpoch() {
        return usesNegatives() && (config.resampleNegatives() || config.negatives() == NegativeMode.HARD);
    }

    /** New negatives, judged (for HARD) by the first {@code trainedLayers} layers. */
    protected final void drawNegatives(int trainedLayers) {
        if (usesNegatives()) {
            negatives = sampler.draw(labels, rng,
                    () -> trainedLayers == 0 ? null : network.firstLayers(trainedLayers).labelGoodness(images));
        }
    }

    /** Evaluates {@code current} every eval_every epochs and after the stage's last. */
    protected final void maybeEvaluate(String stage, int epoch, Predictor current) {
        if (TrainingMonitor.evaluationDue(config.evalEvery(), epoch, config.epochs())) {
            monitor.evaluate(stage, epoch, current);
        }
    }
}
