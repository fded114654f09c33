package fflab.cli;

import fflab.cnn.BPCnnConfig;
import fflab.cnn.Blend;
import fflab.cnn.Classifier;
import fflab.cnn.FFCnnConfig;
import fflab.cnn.InputNorm;
import fflab.cnn.PatternFamily;
import fflab.cnn.Pooling;
import fflab.model.BPConfig;
import fflab.model.FFConfig;
import fflab.model.LearningRateSchedule;
import fflab.model.ModelKind;
import fflab.model.NegativeMode;
import fflab.model.OverlayMode;
import fflab.model.Schedule;
import fflab.nn.Goodness;
import fflab.nn.Optimizer;
import fflab.nn.RowNorm;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Model options of {@code fflab train}. Every option is optional: an unset option keeps the
 * default of the chosen model (the reference FF or BP MLP config; for CNNs the preset chosen with
 * {@code --cnn-preset}).
 */
final class ModelOptions {
    @Option(names = "--hidden", split = ",", paramLabel = "W",
            description = "Hidden layer widths, e.g. 500,500 (default: 500,500).")
    List<Integer> hidden;

    @Option(names = "--epochs", description = "FF: epochs per layer (sequential) or in all (simultaneous), "
            + "default 1000. BP: epochs, default 20. FF-CNN with --classifier linear: 0 is the untrained control.")
    Integer epochs;

    @Option(names = "--batch-size", description = "Images per step; FF: 0 = one full batch (default 0); BP default 100.")
    Integer batchSize;

    @Option(names = "--lr", description = "Learning rate (FF default 0.03, BP default 0.001).")
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

    @Option(names = "--lr-schedule", description = "FF and BP-MLP learning rate over each stage's epochs: ${COMPLETION-CANDIDATES} "
            + "(default: constant for FF, cooldown for BP; cooldown: full rate for the first half, then linearly "
            + "down to 2/epochs of it).")
    LearningRateSchedule learningRateSchedule;

    @Option(names = "--input-norm", description = "FF-MLP: every layer's input normalised to ${COMPLETION-CANDIDATES} "
            + "(default length: 1, the reference code; rms: root mean square 1, Hinton).")
    RowNorm inputNorm;

    @Option(names = "--optimizer", description = "FF-MLP optimiser: ${COMPLETION-CANDIDATES} (default adam; sgd: "
            + "momentum 0.9 and --weight-decay).")
    Optimizer.Kind optimizer;

    @Option(names = "--weight-decay", description = "FF-MLP: L2 weight decay of --optimizer sgd (default 0).")
    Double weightDecay;

    @Option(names = "--peer-normalisation", paramLabel = "WEIGHT",
            description = "FF-MLP: weight of Hinton's peer normalisation loss (default 0 = off).")
    Double peerNormalisation;

    @Option(names = "--cnn-preset", description = "CNN defaults: ${COMPLETION-CANDIDATES} (default cpu: the network "
            + "this machine trains; paper: 3 x 128 filters of 7x7, no pooling, Adam 5e-5, batch 50, 200 epochs).")
    CnnPreset cnnPreset;

    @Option(names = "--filters", split = ",", paramLabel = "F",
            description = "CNN: filters of each convolutional layer, e.g. 32,64,128 (cpu default 16,32,64).")
    List<Integer> filters;

    @Option(names = "--kernel", description = "CNN: kernel size of every layer, odd ('same' padding; cpu default 5).")
    Integer kernel;

    @Option(names = "--pooling", description = "CNN: between layers, ${COMPLETION-CANDIDATES} (cpu default max: 2x2).")
    Pooling pooling;

    @Option(names = "--norm", description = "CNN: normalisation of every layer's input map, ${COMPLETION-CANDIDATES} "
            + "(default layer).")
    InputNorm norm;

    @Option(names = "--patterns", description = "FF-CNN label patterns: ${COMPLETION-CANDIDATES} (default waves).")
    PatternFamily patterns;

    @Option(names = "--blend", description = "FF-CNN: add (x + K p) or mix ((1-K) x + K p) (default add).")
    Blend blend;

    @Option(names = "--label-intensity", paramLabel = "K", description = "FF-CNN: K of the blend (default 1).")
    Double labelIntensity;

    @Option(names = "--classifier", description = "FF-CNN prediction: ${COMPLETION-CANDIDATES} (default goodness; "
            + "linear: a softmax readout of the neutral input's activities, trained after FF).")
    Classifier classifier;

    @Option(names = "--readout-epochs", description = "FF-CNN: epochs of the linear readout (cpu default 20; its features are computed once).")
    Integer readoutEpochs;

    /** The CNN presets. */
    enum CnnPreset { CPU, PAPER }

    Object config(ModelKind kind) {
        return switch (kind) {
            case FF_MLP -> ffConfig();
            case BP_MLP -> bpConfig();
            case FF_CNN -> ffCnnConfig();
            case BP_CNN -> bpCnnConfig();
        };
    }

    FFCnnConfig ffCnnConfig() {
        FFCnnConfig.Builder b = (cnnPreset == CnnPreset.PAPER ? FFCnnConfig.paper() : FFCnnConfig.cpu()).toBuilder();
        if (filters != null) b.filters(filters);
        if (kernel != null) b.kernel(kernel);
        if (pooling != null) b.pooling(pooling);
        if (norm != null) b.norm(norm);
        if (patterns != null) b.patterns(patterns);
        if (blend != null) b.blend(blend);
        if (labelIntensity != null) b.labelIntensity(labelIntensity);
        if (classifier != null) b.classifier(classifier);
        if (readoutEpochs != null) b.readoutEpochs(readoutEpochs);
        if (epochs != null) b.epochs(epochs);
        if (batchSize != null) b.batchSize(batchSize);
        if (learningRate != null) b.learningRate(learningRate);
        if (evalEvery != null) b.evalEvery(evalEvery);
        if (theta != null) b.theta(theta);
        if (goodness != null) b.goodness(goodness);
        if (schedule != null) b.schedule(schedule);
        if (negatives != null) b.negatives(negatives);
        if (resampleNegatives != null) b.resampleNegatives(resampleNegatives);
        if (skipFirstLayer != null) b.skipFirstLayerInPrediction(skipFirstLayer);
        return b.build();
    }

    BPCnnConfig bpCnnConfig() {
        BPCnnConfig c = cnnPreset == CnnPreset.PAPER ? BPCnnConfig.paper() : BPCnnConfig.cpu();
        if (filters != null) c = c.withFilters(filters);
        if (kernel != null) c = c.withKernel(kernel);
        if (pooling != null) c = c.withPooling(pooling);
        if (norm != null) c = c.withNorm(norm);
        if (epochs != null) c = c.withEpochs(epochs);
        if (batchSize != null) c = c.withBatchSize(batchSize);
        if (learningRate != null) c = c.withLearningRate(learningRate);
        if (evalEvery != null) c = c.withEvalEvery(evalEvery);
        return c;
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
        if (inputNorm != null) b.norm(inputNorm);
        if (optimizer != null) b.optimizer(optimizer);
        if (weightDecay != null) b.weightDecay(weightDecay);
        if (peerNormalisation != null) b.peerNormalisation(peerNormalisation);
        return b.build();
    }

    BPConfig bpConfig() {
        BPConfig c = BPConfig.reference();
        if (hidden != null) c = c.withHiddenSizes(hidden);
        if (epochs != null) c = c.withEpochs(epochs);
        if (batchSize != null) c = c.withBatchSize(batchSize);
        if (learningRate != null) c = c.withLearningRate(learningRate);
        if (evalEvery != null) c = c.withEvalEvery(evalEvery);
        if (learningRateSchedule != null) c = c.withLearningRateSchedule(learningRateSchedule);
        return c;
    }
}
