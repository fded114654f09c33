package fflab.family;

import com.oracle.labs.mlrg.olcut.config.Config;
import fflab.model.ModelKind;
import fflab.model.tribuo.ImageTrainer;
import fflab.predict.Predictor;
import fflab.train.TrainingMonitor;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A family's Tribuo trainer. Its provenance records every option of the config record (by the
 * record's component names), read from the family's declaration, so no field mirrors an option.
 */
public abstract class FamilyTrainer<C extends Record> extends ImageTrainer {
    @Config(description = "The model's options: the components of its config record")
    private Map<String, String> options;

    private final Family<C> family;
    private final C config;

    protected FamilyTrainer(Family<C> family, C config, long seed) {
        this.family = family;
        this.config = config;
        this.seed = seed;
        this.options = family.declaration().provenance(config);
    }

    @Override
    public ModelKind kind() {
        return family.kind();
    }

    @Override
    public C config() {
        return config;
    }

    @Override
    protected Predictor fit(INDArray standardised, int[] labels, int classes, TrainingMonitor monitor) {
        return family.fit(config, seed, standardised, labels, classes, monitor);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + config + ", seed=" + seed + ")";
    }
}
