package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import fflab.model.BPConfig;
import fflab.model.LearningRateSchedule;
import fflab.model.BPTrainer;
import fflab.model.ModelKind;
import fflab.model.Predictor;
import fflab.train.TrainingMonitor;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The back-propagation MLP baseline as a Tribuo trainer; its {@code @Config} fields mirror {@link BPConfig}. */
public final class BPMlpTrainer extends ImageTrainer {
    @Config(description = "Widths of the hidden layers, input side first")
    private int[] hiddenSizes;
    @Config(description = "Adam learning rate")
    private double learningRate;
    @Config(description = "Epochs")
    private int epochs;
    @Config(description = "Images per step")
    private int batchSize;
    @Config(description = "Epochs between accuracy measurements")
    private int evalEvery;
    @Config(description = "CONSTANT learning rate or a COOLDOWN over the second half of the epochs")
    private LearningRateSchedule learningRateSchedule;

    /** For Tribuo's configuration system: the reference config. */
    public BPMlpTrainer() {
        this(BPConfig.reference(), 1);
    }

    public BPMlpTrainer(BPConfig c, long seed) {
        this.seed = seed;
        hiddenSizes = c.hiddenSizes().stream().mapToInt(Integer::intValue).toArray();
        learningRate = c.learningRate();
        epochs = c.epochs();
        batchSize = c.batchSize();
        evalEvery = c.evalEvery();
        learningRateSchedule = c.learningRateSchedule();
    }

    @Override
    public ModelKind kind() {
        return ModelKind.BP_MLP;
    }

    @Override
    public BPConfig config() {
        return new BPConfig(Arrays.stream(hiddenSizes).boxed().toList(), learningRate, epochs, batchSize, evalEvery,
                learningRateSchedule);
    }

    @Override
    protected Predictor fit(INDArray standardised, int[] labels, int classes, TrainingMonitor monitor) {
        return new BPTrainer(config(), seed).train(standardised, labels, classes, monitor);
    }

    @Override
    public String toString() {
        return "BPMlpTrainer(" + config() + ", seed=" + seed + ")";
    }
}
