package fflab.cli;

import fflab.model.BPConfig;
import fflab.model.FFConfig;
import fflab.model.LearningRateSchedule;
import fflab.model.ModelKind;
import fflab.model.NegativeMode;
import fflab.model.OverlayMode;
import fflab.model.Schedule;
import fflab.nn.Goodness;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Model options of {@code fflab train}. Every option is optional: an unset option keeps the
 * default of the chosen model (the reference FF config, or the reference BP config).
 */
final class ModelOptions {
    @Option(names = "--hidden", split = ",", paramLabel = "W",
            description = "Hidden layer widths, e.g. 500,500 (default: 500,500).")
    List<Integer> hidden;

    @Option(names = "--epochs", description = "FF: epochs per layer (sequential) or in all (simultaneous), "
            + "default 1000. BP: epochs, default 20.")
    Integer epochs;

    @Option(names = "--batch-size", description = "Images per step; FF: 0 = one full batch (default 0); BP default 100.")
    Integer batchSize;

    @Option(names = "--lr", description = "Adam learning rate (FF default 0.03, BP default 0.001).")
    Double learningRate;

    @Option(names = "--eval-every", paramLabel = "EPOCHS",
            description = "Epochs between accuracy measurements in the history (FF default 100, BP 1; 0 = at the end only).")
    Integer evalEvery;

    @Option(names = "--theta", description = "FF goodness threshold (default 2).")
    Double theta;

    @Option(names = "--goodness", description = "FF goodness: ${COMPLETION-CANDIDATES} of squared activities (default mean).")
    Goodness goodness;

    @Option(names = "--schedule", description = "FF layer schedule: ${COMPLETION-CANDIDATES} (default sequential).")
    Schedule schedule;

    @Option(names = "--negatives", description = "FF negative labels: ${COMPLETION-CANDIDATES} (default wrong: "
            + "uniform over the wrong labels; shuffled: the reference code's permutation; hard: from the model's goodness).")
    NegativeMode negatives;

    @Option(names = "--resample-negatives", negatable = true,
            description = "FF: draw new negatives every epoch instead of once (default: once).")
    Boolean resampleNegatives;

    @Option(names = "--overlay", description = "FF label pixel value: ${COMPLETION-CANDIDATES} (default max: the "
            + "largest training pixel, as the reference code; constant: --overlay-value).")
    OverlayMode overlay;

    @Option(names = "--overlay-value", description = "FF label pixel value with --overlay constant (default 1).")
    Double overlayValue;

    @Option(names = "--skip-first-layer", negatable = true,
            description = "FF: leave layer 1 out of the goodness sum when predicting (default: include it).")
    Boolean skipFirstLayer;

    @Option(names = "--lr-schedule", description = "FF learning rate over each stage's epochs: ${COMPLETION-CANDIDATES} "
            + "(default constant; cooldown: full rate for the first half, then linearly down to 2/epochs of it).")
    LearningRateSchedule learningRateSchedule;

    Object config(ModelKind kind) {
        return kind == ModelKind.FF_MLP ? ffConfig() : bpConfig();
    }

    FFConfig ffConfig() {
        FFConfig.Builder b = FFConfig.reference().toBuilder();
        if (hidden != null) b.hiddenSizes(hidden);
        if (epochs != null) b.epochs(epochs);
        if (batchSize != null) b.batchSize(batchSize);
        if (learningRate != null) b.learningRate(learningRate);
        if (evalEvery != null) b.evalEvery(evalEvery);
        if (theta != null) b.theta(theta);
        if (goodness != null) b.goodness(goodness);
        if (schedule != null) b.schedule(schedule);
        if (negatives != null) b.negatives(negatives);
        if (resampleNegatives != null) b.resampleNegatives(resampleNegatives);
        if (overlay != null) b.overlay(overlay);
        if (overlayValue != null) b.overlayValue(overlayValue);
        if (skipFirstLayer != null) b.skipFirstLayerInPrediction(skipFirstLayer);
        if (learningRateSchedule != null) b.learningRateSchedule(learningRateSchedule);
        return b.build();
    }

    BPConfig bpConfig() {
        BPConfig c = BPConfig.reference();
        if (hidden != null) c = c.withHiddenSizes(hidden);
        if (epochs != null) c = c.withEpochs(epochs);
        if (batchSize != null) c = c.withBatchSize(batchSize);
        if (learningRate != null) c = c.withLearningRate(learningRate);
        if (evalEvery != null) c = c.withEvalEvery(evalEvery);
        return c;
    }
}
