package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import fflab.cnn.BPCnnConfig;
import fflab.cnn.BPConvTrainer;
import fflab.cnn.InputNorm;
import fflab.cnn.Pooling;
import fflab.model.ModelKind;
import fflab.model.Predictor;
import fflab.train.TrainingMonitor;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The back-propagation CNN twin as a Tribuo trainer; its {@code @Config} fields mirror {@link BPCnnConfig}. */
public final class BPCnnTrainer extends ImageTrainer {
    @Config(description = "Filters of each convolutional layer, input side first")
    private int[] filters;
    @Config(description = "Kernel size of every layer (odd)")
    private int kernel;
    @Config(description = "NONE or MAX (2x2) pooling between layers")
    private Pooling pooling;
    @Config(description = "LAYER or LENGTH normalisation of every layer's input map")
    private InputNorm norm;
    @Config(description = "Adam learning rate")
    private double learningRate;
    @Config(description = "Epochs")
    private int epochs;
    @Config(description = "Images per step")
    private int batchSize;
    @Config(description = "Epochs between accuracy measurements")
    private int evalEvery;

    /** For Tribuo's configuration system: the CPU-scale config. */
    public BPCnnTrainer() {
        this(BPCnnConfig.cpu(), 1);
    }

    public BPCnnTrainer(BPCnnConfig c, long seed) {
        this.seed = seed;
        filters = c.filters().stream().mapToInt(Integer::intValue).toArray();
        kernel = c.kernel();
        pooling = c.pooling();
        norm = c.norm();
        learningRate = c.learningRate();
        epochs = c.epochs();
        batchSize = c.batchSize();
        evalEvery = c.evalEvery();
    }

    @Override
    public ModelKind kind() {
        return ModelKind.BP_CNN;
    }

    @Override
    public BPCnnConfig config() {
        return new BPCnnConfig(Arrays.stream(filters).boxed().toList(), kernel, pooling, norm, learningRate, epochs,
                batchSize, evalEvery);
    }

    @Override
    protected Predictor fit(INDArray standardised, int[] labels, int classes, TrainingMonitor monitor) {
        return new BPConvTrainer(config(), seed).train(standardised, labels, classes, monitor);
    }

    @Override
    public String toString() {
        return "BPCnnTrainer(" + config() + ", seed=" + seed + ")";
    }
}
