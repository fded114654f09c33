package fflab.family.ffcnn;

import fflab.cnn.Blend;
import fflab.cnn.FFCnnConfig;
import fflab.cnn.FFConvTrainer;
import fflab.cnn.TrainingRule;
import fflab.family.BaseFamily;
import fflab.family.Conflict;
import fflab.family.Cost;
import fflab.model.Classifier;
import fflab.model.ModelKind;
import fflab.option.OptionValues;
import java.util.List;
import java.util.Map;

/** The Forward-Forward CNN: the options of {@link FFCnnConfig}, defaults from {@link FFCnnConfig#cpu()}. */
public final class FFCnnFamily extends BaseFamily<FFCnnConfig> {
    public FFCnnFamily() {
        super(ModelKind.FF_CNN, (c, seed, x, y, k, m) -> new FFConvTrainer(c, seed).train(x, y, k, m),
                FFCnnTrainer::new,
                Map.entry("cpu", FFCnnConfig.cpu()), Map.entry("paper", FFCnnConfig.paper()));
    }

    @Override
    protected void addConflicts(OptionValues v, List<Conflict> conflicts) {
        Conflict.stackFits(v, conflicts);
        Blend blend = v.choice(Blend.class, "blend");
        double k = v.number("label_intensity");
        if (!blend.accepts(k)) {
            conflicts.add(new Conflict("label_intensity", "expected " + blend.allowed() + " with blend "
                    + v.text("blend") + ", got " + k));
        }
        Conflict.readoutFits(v, conflicts);
        if (v.choice(TrainingRule.class, "rule") == TrainingRule.CHANNEL_WISE
                && v.ints("filters").stream().anyMatch(f -> f % FFCnnConfig.CLASSES != 0)) {
            conflicts.add(new Conflict("filters", "rule channel-wise needs multiples of " + FFCnnConfig.CLASSES
                    + " (a group of channels per class), but filters is " + v.text("filters")));
        }
        if (v.bool("skip_first_layer") && v.ints("filters").size() < 2) {
            conflicts.add(new Conflict("skip_first_layer", "true needs two or more layers, but filters is "
                    + v.text("filters")));
        }
    }

    @Override
    public double trainingFlops(FFCnnConfig c, int trainImages) {
        // forward and kernel gradient of positive and negative images (channel-wise: of the images alone)
        double ff = 2 * examplesPerImage(c) * Cost.convFlops(c.stack(), trainImages) * c.epochs();
        // the readout computes the frozen layers' features once (FFConvTrainer caches them)
        return c.classifier() == Classifier.LINEAR ? ff + Cost.convFlops(c.stack(), trainImages) : ff;
    }

    @Override
    public double memoryBytes(FFCnnConfig c, int trainImages) {
        return Cost.convMemory(c.stack(), examplesPerImage(c) * c.batchSize());
    }

    private static double examplesPerImage(FFCnnConfig c) {
        return c.rule() == TrainingRule.CHANNEL_WISE ? 1 : 2;
    }

    @Override
    public double predictionFlops(FFCnnConfig c, int images) {
        // one pass with the neutral input or, channel-wise, the image; else one per label
        int passes = c.classifier() == Classifier.LINEAR || c.rule() == TrainingRule.CHANNEL_WISE ? 1 : Cost.CLASSES;
        return passes * Cost.convFlops(c.stack(), images);
    }
}
