package fflab.family;

import fflab.model.LayerwiseConfig;
import fflab.model.ModelKind;
import fflab.model.Schedule;
import fflab.model.tribuo.ImageTrainer;
import fflab.option.Declaration;
import fflab.option.OptionValues;
import fflab.predict.Predictor;
import fflab.train.TrainingMonitor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What every family shares: its kind, presets and declaration, and the step and probe counts
 * that follow from the options epochs, batch_size and eval_every.
 */
public abstract class BaseFamily<C extends Record> implements Family<C> {
    private final ModelKind kind;
    private final Map<String, C> presets = new LinkedHashMap<>();
    private final Declaration<C> declaration;
    private final Fit<C> fit;
    private final BiFunction<C, Long, ImageTrainer> trainer;

    /** How a family trains a network on standardised rows (its FF or BP trainer). */
    public interface Fit<C> {
        Predictor fit(C config, long seed, INDArray standardised, int[] labels, int classes, TrainingMonitor monitor);
    }

    /**
     * @param trainer the family's Tribuo trainer of a config and seed
     * @param presets name and config, the first giving the defaults
     */
    @SafeVarargs
    protected BaseFamily(ModelKind kind, Fit<C> fit, BiFunction<C, Long, ImageTrainer> trainer,
                         Map.Entry<String, C>... presets) {
        this.kind = kind;
        this.fit = fit;
        this.trainer = trainer;
        for (Map.Entry<String, C> p : presets) {
            this.presets.put(p.getKey(), p.getValue());
        }
        this.declaration = Declaration.of(presets[0].getValue());
    }

    @Override
    public final ModelKind kind() {
        return kind;
    }

    @Override
    public final Map<String, C> presets() {
        return Collections.unmodifiableMap(presets);
    }

    @Override
    public final Declaration<C> declaration() {
        return declaration;
    }

    @Override
    public final Predictor fit(C config, long seed, INDArray x, int[] labels, int classes, TrainingMonitor monitor) {
        return fit.fit(config, seed, x, labels, classes, monitor);
    }

    @Override
    public final ImageTrainer trainer(C config, long seed) {
        return trainer.apply(config, seed);
    }

    /** The family's own cross-option conflicts, then the batch size every family checks against the training set. */
    @Override
    public final List<Conflict> conflicts(OptionValues v, int trainImages) {
        List<Conflict> conflicts = new ArrayList<>();
        addConflicts(v, conflicts);
        Conflict.batchWithinTrainingSet(v, trainImages, conflicts);
        return conflicts;
    }

    /** Adds the combinations of option values this family cannot train; none by default. */
    protected void addConflicts(OptionValues v, List<Conflict> conflicts) {
    }

    /** Optimisers stepped per batch: one per layer for FF (every layer trains alone), else 1. */
    private static int optimisersPerBatch(Object config) {
        return config instanceof LayerwiseConfig ff ? ff.layers() : 1;
    }

    /** Training stages whose epochs each end with a probe: the layers of a sequential FF schedule, else 1. */
    private static int stages(Object config) {
        return config instanceof LayerwiseConfig ff && ff.schedule() == Schedule.SEQUENTIAL ? ff.layers() : 1;
    }

    @Override
    public long optimizerSteps(C config, int trainImages) {
        OptionValues v = new OptionValues(declaration.values(config));
        return optimisersPerBatch(config) * v.integer("epochs")
                * Cost.batches(Math.toIntExact(v.integer("batch_size")), trainImages);
    }

    @Override
    public int accuracyProbes(C config) {
        OptionValues v = new OptionValues(declaration.values(config));
        return Cost.probes(Math.toIntExact(v.integer("epochs")), Math.toIntExact(v.integer("eval_every")),
                stages(config));
    }
}
