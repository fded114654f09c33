package fflab.family.ffcnn;

import fflab.cnn.Blend;
import fflab.model.Classifier;
import fflab.cnn.FFCnnConfig;
import fflab.cnn.FFConvTrainer;
import fflab.family.BaseFamily;
import fflab.family.Conflict;
import fflab.family.Cost;
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
        if (v.bool("skip_first_layer") && v.ints("filters").size() < 2) {
            conflicts.add(new Conflict("skip_first_layer", "true needs two or more layers, but filters is "
                    + v.text("filters")));
        }
    }

    @Override
    public double trainingFlops(FFCnnConfig c, int trainImages) {
        // positive and negative images: forward and kernel gradient
        double ff = 2 * 2 * Cost.convFlops(c.stack(), trainImages) * c.epochs();
        // the readout computes the frozen layers' features once (FFConvTrainer caches them)
        return c.classifier() == Classifier.LINEAR ? ff + Cost.convFlops(c.stack(), trainImages) : ff;
    }

    @Override
    public double memoryBytes(FFCnnConfig c, int trainImages) {
        return Cost.convMemory(c.stack(), 2.0 * c.batchSize()); // positive and negative images
    }

    @Override
    public double predictionFlops(FFCnnConfig c, int images) {
        int passes = c.classifier() == Classifier.LINEAR ? 1 : Cost.CLASSES;
        return passes * Cost.convFlops(c.stack(), images);
    }
}
