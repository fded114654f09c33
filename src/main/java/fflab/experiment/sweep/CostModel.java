package fflab.experiment.sweep;

import fflab.experiment.PlannedRun;
import fflab.experiment.RunConfig;
import fflab.experiment.SaliencyRequest;
import fflab.experiment.spec.ModelFamily;
import fflab.experiment.spec.ModelRegistry;
import fflab.saliency.SaliencyOptions;
import java.util.Comparator;
import java.util.Map;

/**
 * Estimated cost of a run from its floating-point operations: training, the accuracy probes
 * during training, and the final evaluation of the test and validation sets, divided by the
 * throughput the trainers reach, plus a fixed overhead per run (loading and checking the data,
 * Tribuo's evaluation, writing the folder).
 *
 * @param speeds per model id; a model not listed gets the slowest
 * @param overheadSeconds seconds per run that do not scale with FLOPs
 */
public record CostModel(ModelRegistry registry, Map<String, Speed> speeds, double overheadSeconds) {

    /**
     * @param gflops sustained GFLOP/s of the training arithmetic
     * @param predictionGflops sustained GFLOP/s of classifying (the accuracy probes and the final evaluation)
     * @param stepSeconds fixed cost of one optimiser step beyond its FLOPs (small batches pay it often)
     */
    public record Speed(double gflops, double predictionGflops, double stepSeconds) {}
    /** Test images every run classifies at the end. */
    private static final int TEST_IMAGES = 10_000;
    private static final int SIDE = 28;
    private static final int CLASSES = 10;
    /**
     * Share of the (window, image) pairs of an ADS map that are evaluated: a window over pixels the
     * occlusion leaves as they were is skipped. Measured: 252,665 of 784,000 pairs (32 %) for k = 3 on
     * 1,000 MNIST test images with the raw-zero baseline; larger windows and Fashion-MNIST change more.
     */
    static final double EVALUATED_SHARE = 0.32;
    /**
     * Sustained GFLOP/s of the ADS evaluators on 2 cores: the fast FF path's block multiplies ran at
     * 85 GFLOP/s on that map (2026-12-04, 2 threads, other jobs paused).
     */
    static final double SALIENCY_GFLOPS = 80;
    /**
     * Seconds of a map beyond its multiplies: significance tests, faithfulness curves, figures, files.
     * Measured: the BP-MLP's four maps of paper-mnist (cpu scale) took 15.8 s for about 1 s of multiplies.
     */
    static final double SECONDS_PER_MAP = 4;

    /**
     * Fitted to runs on the 2-core development machine (AMD EPYC Zen 4, OpenBLAS, 2 threads, idle,
     * 2026-12-04, after issue 15's host passes): FF-MLP, paper-mnist's cpu run (784-500-500, 4 epochs
     * per layer of 500 steps: 23.2 s of training with its 8 probes, 1.7 s of evaluation) and one epoch of
     * best-ff (3 x 1000, simultaneous: 21.4 s per epoch; 1,114 GFLOP of classifying in 21.1 s); BP-MLP,
     * paper-mnist's cpu run (784-500-500, 2 epochs: 7.4 s, 0.8 s evaluation); the per-step costs are
     * now inside the rates. The CNNs as fitted on 2026-11-23 at their cpu presets (16-32-64 filters of
     * 5x5, batches of 100): FF-CNN ~120 s and BP-CNN ~135 s per epoch of 50,000 images.
     */
    public static CostModel measured2Cores(ModelRegistry registry) {
        return new CostModel(registry, Map.of("ff-mlp", new Speed(60, 120, 0), "bp-mlp", new Speed(50, 100, 0),
                "ff-cnn", new Speed(18, 18, 0), "bp-cnn", new Speed(12, 12, 0)), 3);
    }

    /** @param gflop billions of floating-point operations; @param seconds estimated on one worker */
    public record Estimate(double gflop, double seconds) {}

    /**
     * The ADS maps a run's saliency requests compute: one evaluation per filter size, position and
     * evaluated image, plus a fixed time per map (its tests, curves and figures).
     */
    public Estimate saliency(PlannedRun run) {
        Object model = run.config().modelConfig(registry);
        ModelFamily family = registry.get(run.config().model());
        double flops = 0;
        for (SaliencyRequest request : run.saliency()) {
            SaliencyOptions o = SaliencyBlock.options(request.options(), run.config().seed());
            int images = switch (o.evaluation().kind()) {
                case TEST -> TEST_IMAGES;
                case SUBSET -> Math.min(o.evaluation().size(), TEST_IMAGES);
                case CLASS -> TEST_IMAGES / CLASSES;
            };
            double side = Math.ceil((double) SIDE / o.stride());
            for (int k : o.filterSizes()) {
                flops += family.saliencyFlops(model, side * side * images * EVALUATED_SHARE, k);
            }
        }
        double maps = run.saliency().stream()
                .mapToInt(r -> SaliencyBlock.options(r.options(), run.config().seed()).filterSizes().size()).sum();
        return new Estimate(flops / 1e9, flops / 1e9 / SALIENCY_GFLOPS + maps * SECONDS_PER_MAP);
    }

    public Estimate estimate(RunConfig config) {
        ModelFamily family = registry.get(config.model());
        Object model = config.modelConfig(registry);
        int probeImages = config.validationSize() + Math.min(config.probeTrainSize(), config.trainImages());
        double training = family.trainingFlops(model, config.trainImages()) / 1e9;
        double classifying = (family.accuracyProbes(model) * family.predictionFlops(model, probeImages)
                + family.predictionFlops(model, TEST_IMAGES + config.validationSize())) / 1e9;
        Speed speed = speeds.getOrDefault(config.model(), speeds.values().stream()
                .min(Comparator.comparingDouble(Speed::gflops)).orElse(new Speed(1, 1, 0.1)));
        double steps = family.optimizerSteps(model, config.trainImages());
        return new Estimate(training + classifying, overheadSeconds + training / speed.gflops()
                + classifying / speed.predictionGflops() + steps * speed.stepSeconds());
    }
}
