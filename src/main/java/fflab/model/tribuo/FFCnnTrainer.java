package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import fflab.cnn.Blend;
import fflab.cnn.Classifier;
import fflab.cnn.FFCnnConfig;
import fflab.cnn.FFConvTrainer;
import fflab.cnn.InputNorm;
import fflab.cnn.PatternFamily;
import fflab.cnn.Pooling;
import fflab.model.ModelKind;
import fflab.model.NegativeMode;
import fflab.model.Predictor;
import fflab.model.Schedule;
import fflab.nn.Goodness;
import fflab.train.TrainingMonitor;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The Forward-Forward CNN as a Tribuo trainer; its {@code @Config} fields mirror {@link FFCnnConfig}. */
public final class FFCnnTrainer extends ImageTrainer {
    @Config(description = "Filters of each convolutional layer, input side first")
    private int[] filters;
    @Config(description = "Kernel size of every layer (odd)")
    private int kernel;
    @Config(description = "NONE or MAX (2x2) pooling between layers")
    private Pooling pooling;
    @Config(description = "LAYER or LENGTH normalisation of every layer's input map")
    private InputNorm norm;
    @Config(description = "WAVES or TILES label patterns")
    private PatternFamily patterns;
    @Config(description = "ADD (x + K p) or MIX ((1-K) x + K p)")
    private Blend blend;
    @Config(description = "Label intensity K")
    private double labelIntensity;
    @Config(description = "Goodness: SUM or MEAN of squared activities of a layer's map")
    private Goodness goodness;
    @Config(description = "Goodness threshold theta")
    private double theta;
    @Config(description = "Adam learning rate")
    private double learningRate;
    @Config(description = "Epochs per layer (sequential) or in all (simultaneous)")
    private int epochs;
    @Config(description = "Images per step")
    private int batchSize;
    @Config(description = "SEQUENTIAL or SIMULTANEOUS")
    private Schedule schedule;
    @Config(description = "WRONG, SHUFFLED or HARD negative labels")
    private NegativeMode negatives;
    @Config(description = "Draw new negatives every epoch")
    private boolean resampleNegatives;
    @Config(description = "GOODNESS or LINEAR (softmax readout of the neutral input's activities)")
    private Classifier classifier;
    @Config(description = "Epochs of the linear readout")
    private int readoutEpochs;
    @Config(description = "Leave layer 1 out of the goodness sum and the readout")
    private boolean skipFirstLayerInPrediction;
    @Config(description = "Epochs between accuracy measurements")
    private int evalEvery;

    /** For Tribuo's configuration system: the CPU-scale config. */
    public FFCnnTrainer() {
        this(FFCnnConfig.cpu(), 1);
    }

    public FFCnnTrainer(FFCnnConfig c, long seed) {
        this.seed = seed;
        filters = c.filters().stream().mapToInt(Integer::intValue).toArray();
        kernel = c.kernel();
        pooling = c.pooling();
        norm = c.norm();
        patterns = c.patterns();
        blend = c.blend();
        labelIntensity = c.labelIntensity();
        goodness = c.goodness();
        theta = c.theta();
        learningRate = c.learningRate();
        epochs = c.epochs();
        batchSize = c.batchSize();
        schedule = c.schedule();
        negatives = c.negatives();
        resampleNegatives = c.resampleNegatives();
        classifier = c.classifier();
        readoutEpochs = c.readoutEpochs();
        skipFirstLayerInPrediction = c.skipFirstLayerInPrediction();
        evalEvery = c.evalEvery();
    }

    @Override
    public ModelKind kind() {
        return ModelKind.FF_CNN;
    }

    @Override
    public FFCnnConfig config() {
        return new FFCnnConfig(Arrays.stream(filters).boxed().toList(), kernel, pooling, norm, patterns, blend,
                labelIntensity, goodness, theta, learningRate, epochs, batchSize, schedule, negatives,
                resampleNegatives, classifier, readoutEpochs, skipFirstLayerInPrediction, evalEvery);
    }

    @Override
    protected Predictor fit(INDArray standardised, int[] labels, int classes, TrainingMonitor monitor) {
        return new FFConvTrainer(config(), seed).train(standardised, labels, classes, monitor);
    }

    @Override
    public String toString() {
        return "FFCnnTrainer(" + config() + ", seed=" + seed + ")";
    }
}
