package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import fflab.model.FFConfig;
import fflab.model.FFTrainer;
import fflab.model.LearningRateSchedule;
import fflab.model.ModelKind;
import fflab.model.NegativeMode;
import fflab.model.OverlayMode;
import fflab.model.Predictor;
import fflab.model.Schedule;
import fflab.nn.Goodness;
import fflab.nn.Optimizer;
import fflab.nn.RowNorm;
import fflab.train.TrainingMonitor;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The Forward-Forward MLP as a Tribuo trainer; its {@code @Config} fields mirror {@link FFConfig}. */
public final class FFMlpTrainer extends ImageTrainer {
    @Config(description = "Widths of the FF layers, input side first")
    private int[] hiddenSizes;
    @Config(description = "Goodness: SUM or MEAN of squared activities")
    private Goodness goodness;
    @Config(description = "Goodness threshold theta")
    private double theta;
    @Config(description = "Learning rate of every layer's optimiser")
    private double learningRate;
    @Config(description = "Epochs per layer (sequential) or in all (simultaneous)")
    private int epochs;
    @Config(description = "Images per step; 0 = full batch")
    private int batchSize;
    @Config(description = "SEQUENTIAL or SIMULTANEOUS")
    private Schedule schedule;
    @Config(description = "WRONG, SHUFFLED or HARD negative labels")
    private NegativeMode negatives;
    @Config(description = "Draw new negatives every epoch")
    private boolean resampleNegatives;
    @Config(description = "Label pixel value: MAX of the training images or CONSTANT")
    private OverlayMode overlay;
    @Config(description = "Label pixel value when overlay is CONSTANT")
    private double overlayValue;
    @Config(description = "Leave layer 1 out of the goodness sum when predicting")
    private boolean skipFirstLayerInPrediction;
    @Config(description = "Epochs between accuracy measurements")
    private int evalEvery;
    @Config(description = "CONSTANT learning rate or a COOLDOWN over the second half of the epochs")
    private LearningRateSchedule learningRateSchedule;
    @Config(description = "Normalisation of every layer's input: LENGTH 1 or RMS 1")
    private RowNorm norm;
    @Config(description = "ADAM, or SGD with momentum 0.9 and weight decay")
    private Optimizer.Kind optimizer;
    @Config(description = "L2 weight decay of SGD")
    private double weightDecay;
    @Config(description = "Weight of the peer normalisation loss; 0 for none")
    private double peerNormalisation;

    /** For Tribuo's configuration system: the reference config. */
    public FFMlpTrainer() {
        this(FFConfig.reference(), 1);
    }

    public FFMlpTrainer(FFConfig c, long seed) {
        this.seed = seed;
        hiddenSizes = c.hiddenSizes().stream().mapToInt(Integer::intValue).toArray();
        goodness = c.goodness();
        theta = c.theta();
        learningRate = c.learningRate();
        epochs = c.epochs();
        batchSize = c.batchSize();
        schedule = c.schedule();
        negatives = c.negatives();
        resampleNegatives = c.resampleNegatives();
        overlay = c.overlay();
        overlayValue = c.overlayValue();
        skipFirstLayerInPrediction = c.skipFirstLayerInPrediction();
        evalEvery = c.evalEvery();
        learningRateSchedule = c.learningRateSchedule();
        norm = c.norm();
        optimizer = c.optimizer();
        weightDecay = c.weightDecay();
        peerNormalisation = c.peerNormalisation();
    }

    @Override
    public ModelKind kind() {
        return ModelKind.FF_MLP;
    }

    @Override
    public FFConfig config() {
        return new FFConfig(Arrays.stream(hiddenSizes).boxed().toList(), goodness, theta, learningRate, epochs,
                batchSize, schedule, negatives, resampleNegatives, overlay, overlayValue,
                skipFirstLayerInPrediction, evalEvery, learningRateSchedule, norm, optimizer, weightDecay,
                peerNormalisation);
    }

    @Override
    protected Predictor fit(INDArray standardised, int[] labels, int classes, TrainingMonitor monitor) {
        return new FFTrainer(config(), seed).train(standardised, labels, classes, monitor);
    }

    @Override
    public String toString() {
        return "FFMlpTrainer(" + config() + ", seed=" + seed + ")";
    }
}
