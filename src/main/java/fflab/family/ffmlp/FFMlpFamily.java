package fflab.family.ffmlp;

import fflab.family.BaseFamily;
import fflab.family.Conflict;
import fflab.family.Cost;
import fflab.model.Classifier;
import fflab.model.FFConfig;
import fflab.model.FFTrainer;
import fflab.model.ModelKind;
import fflab.model.NegativeMode;
import fflab.nn.Optimizer;
import fflab.option.OptionValues;
import java.util.List;
import java.util.Map;

/** The Forward-Forward MLP: the options of {@link FFConfig}, defaults from {@link FFConfig#reference()}. */
public final class FFMlpFamily extends BaseFamily<FFConfig> {
    public FFMlpFamily() {
        super(ModelKind.FF_MLP, (c, seed, x, y, k, m) -> new FFTrainer(c, seed).train(x, y, k, m), FFMlpTrainer::new,
                Map.entry("reference", FFConfig.reference()));
    }

    @Override
    protected void addConflicts(OptionValues v, List<Conflict> conflicts) {
        Conflict.readoutFits(v, conflicts);
        if (v.bool("skip_first_layer") && v.ints("hidden").size() < 2) {
            conflicts.add(new Conflict("skip_first_layer", "true needs two or more hidden layers, but hidden is "
                    + v.text("hidden")));
        }
        if (v.number("weight_decay") > 0 && v.choice(Optimizer.Kind.class, "optimizer") == Optimizer.Kind.ADAM) {
            conflicts.add(new Conflict("weight_decay", "needs optimizer: sgd (Adam takes no weight decay here), but "
                    + "optimizer is adam"));
        }
    }

    @Override
    public double trainingFlops(FFConfig c, int trainImages) {
        // positive and negative rows: forward product and weight gradient
        double perEpoch = 2 * 2 * Cost.denseFlops(c.hiddenSizes(), false, trainImages);
        if (c.negatives() == NegativeMode.HARD) {
            perEpoch += predictionFlops(c, trainImages); // goodness of every label to pick hard negatives
        }
        double readout = c.classifier() == Classifier.LINEAR ? predictionFlops(c, trainImages) / Cost.CLASSES : 0;
        return perEpoch * c.epochs() + readout; // the readout's features: one forward pass, cached
    }

    @Override
    public double memoryBytes(FFConfig c, int trainImages) {
        // positive and negative rows of one step
        return Cost.denseMemory(c.hiddenSizes(), false, 2.0 * (c.fullBatch() ? trainImages : c.batchSize()));
    }

    @Override
    public double saliencyFlops(FFConfig c, double pairs, int filter) {
        // the fast path serves goodness prediction (every label through the deeper layers); a readout goes naive
        return c.classifier() == Classifier.LINEAR ? predictionFlops(c, 1) * pairs
                : Cost.windowFlops(c.hiddenSizes(), false, Cost.CLASSES, filter) * pairs;
    }

    @Override
    public double predictionFlops(FFConfig c, int images) {
        // one forward pass per label; the linear readout: one pass with the neutral label
        int passes = c.classifier() == Classifier.LINEAR ? 1 : Cost.CLASSES;
        return passes * Cost.denseFlops(c.hiddenSizes(), false, images);
    }
}
