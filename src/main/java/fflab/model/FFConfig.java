package fflab.model;

import fflab.FflabException;
import fflab.nn.Goodness;
import fflab.nn.Optimizer;
import fflab.nn.RowNorm;
import fflab.option.Opt;
import fflab.option.SharedOpts;
import fflab.option.RecordBuilder;
import java.util.List;

/**
 * Everything that defines an FF-MLP and how it trains. Immutable; {@link #reference()} is the
 * saliency paper's network as its reference code (mohammadpz/pytorch_forward_forward) trains it.
 *
 * Each component declares its option ({@link Opt}): see docs/options.md.
 */
public record FFConfig(
        @SharedOpts.Hidden List<Integer> hiddenSizes,
        @SharedOpts.Goodness Goodness goodness,
        @SharedOpts.Theta double theta,
        @Opt(name = "learning_rate", min = 0, minExclusive = true, flags = "--lr", doc = "optimiser learning rate")
        double learningRate,
        @SharedOpts.FFEpochs int epochs,
        @Opt(name = "batch_size", min = 0, doc = "images per step; 0 = full batch")
        int batchSize,
        @SharedOpts.Schedule Schedule schedule,
        @SharedOpts.Negatives NegativeMode negatives,
        @SharedOpts.ResampleNegatives boolean resampleNegatives,
        @Opt(name = "overlay", doc = "label pixel value: the largest training pixel (max) or overlay_value (constant)")
        OverlayMode overlay,
        @Opt(name = "overlay_value", doc = "label pixel value with overlay: constant")
        double overlayValue,
        @SharedOpts.SkipFirstLayer boolean skipFirstLayerInPrediction,
        @SharedOpts.EvalEvery int evalEvery,
        @Opt(name = "learning_rate_schedule", flags = "--lr-schedule",
                doc = "constant, or cooldown: full rate for the first half of each stage, then down linearly")
        LearningRateSchedule learningRateSchedule,
        @Opt(name = "input_norm",
                doc = "every layer's input normalised to length 1 (reference code) or to RMS 1 (Hinton)")
        RowNorm norm,
        @Opt(name = "optimizer", doc = "adam, or sgd with momentum 0.9 and weight_decay")
        Optimizer.Kind optimizer,
        @Opt(name = "weight_decay", min = 0, doc = "L2 weight decay of sgd; 0 with adam")
        double weightDecay,
        @Opt(name = "peer_normalisation", min = 0, doc = "weight of Hinton's peer normalisation loss; 0 = off")
        double peerNormalisation,
        @Opt(name = "classifier", sinceDefault = "goodness", doc = "prediction: goodness over the labels, or "
                + "linear: Hinton's softmax readout of the frozen layers' activities for the neutral label")
        Classifier classifier,
        @Opt(name = "readout_epochs", min = 0, sinceDefault = "20", doc = "epochs of the linear readout")
        int readoutEpochs,
        @SharedOpts.ReadoutLearningRate double readoutLearningRate) implements LayerwiseConfig {

    public FFConfig {
        // configs saved before these options existed meant the reference code's choices
        norm = norm == null ? RowNorm.LENGTH : norm;
        optimizer = optimizer == null ? Optimizer.Kind.ADAM : optimizer;
        classifier = classifier == null ? Classifier.GOODNESS : classifier;
        readoutLearningRate = readoutLearningRate == 0 ? LinearReadout.LEARNING_RATE : readoutLearningRate;
        hiddenSizes = List.copyOf(hiddenSizes);
        require(!hiddenSizes.isEmpty(), "hidden-sizes", "at least one layer");
        for (int h : hiddenSizes) {
            require(h > 0, "hidden-sizes", "every width > 0, got " + h);
        }
        require(theta >= 0, "theta", ">= 0, got " + theta);
        require(learningRate > 0, "learning-rate", "> 0, got " + learningRate);
        require(epochs > 0 || (epochs == 0 && classifier == Classifier.LINEAR), "epochs",
                "> 0 (0, the untrained control, needs the linear classifier), got " + epochs);
        require(readoutEpochs >= 0 && (readoutEpochs > 0 || classifier != Classifier.LINEAR), "readout-epochs",
                ">= 1 with the linear classifier, got " + readoutEpochs);
        require(batchSize >= 0, "batch-size", ">= 0 (0 = full batch), got " + batchSize);
        require(evalEvery >= 0, "eval-every", ">= 0, got " + evalEvery);
        require(learningRateSchedule != null, "learning-rate-schedule", "constant or cooldown");
        require(weightDecay >= 0, "weight-decay", ">= 0, got " + weightDecay);
        require(!(weightDecay > 0 && optimizer == Optimizer.Kind.ADAM), "weight-decay",
                "0 with the Adam optimiser (weight decay is SGD's), got " + weightDecay);
        require(peerNormalisation >= 0, "peer-normalisation", ">= 0, got " + peerNormalisation);
        require(!(skipFirstLayerInPrediction && hiddenSizes.size() < 2), "skip-first-layer",
                "only with two or more layers");
    }

    /** 784-500-500, mean goodness, theta 2, Adam 0.03, one full batch, 1000 epochs per layer, sequential. */
    public static FFConfig reference() {
        return new FFConfig(List.of(500, 500), Goodness.MEAN, 2.0, 0.03, 1000, 0, Schedule.SEQUENTIAL,
                NegativeMode.WRONG, false, OverlayMode.MAX, 1.0, false, 100, LearningRateSchedule.CONSTANT,
                RowNorm.LENGTH, Optimizer.Kind.ADAM, 0, 0, Classifier.GOODNESS, 20, LinearReadout.LEARNING_RATE);
    }

    /** Images per step of the linear readout: the FF batch, or 100 when FF trains on the full batch. */
    public int readoutBatchSize() {
        return fullBatch() ? 100 : batchSize;
    }

    public boolean fullBatch() {
        return batchSize == 0;
    }

    public int layers() {
        return hiddenSizes.size();
    }

    /** The rate of epoch {@code epoch} (from 1) of each stage. */
    public double learningRate(int epoch) {
        return learningRate * learningRateSchedule.factor(epoch, epochs);
    }

    public RecordBuilder<FFConfig> toBuilder() {
        return RecordBuilder.from(this);
    }

    private static void require(boolean ok, String field, String allowed) {
        if (!ok) {
            throw new FflabException("ff-mlp option " + field + ": expected " + allowed);
        }
    }
}
