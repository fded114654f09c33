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
     * @param stepSeconds fixed cost of one optimiser step beyond its FLOPs (small batches pay it often)
     */
    public record Speed(double gflops, double stepSeconds) {}
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
     * Fitted to runs on the 2-core development machine (AMD Zen 4, OpenBLAS, 2 threads,
     * 2026-11-23): an FF run of paper-mnist at cpu scale with 6 epochs (6,000 layer steps of 100
     * images: 385 CPU seconds), wall time taken as CPU time / 1.6 (two threads at 80 %), since the
     * machine was shared while measuring; BP 784-500-500 (20 epochs of 500 steps: 312 s wall,
     * after its buffers were made reusable); the CNNs at their cpu presets (16-32-64 filters of
     * 5x5, batches of 100): FF-CNN ~120 s and BP-CNN ~135 s per epoch of 50,000 images.
     */
    public static CostModel measured2Cores(ModelRegistry registry) {
        return new CostModel(registry, Map.of("ff-mlp", new Speed(60, 0.025), "bp-mlp", new Speed(25, 0.02),
                "ff-cnn", new Speed(18, 0), "bp-cnn", new Speed(12, 0)), 8);
    }

    /** @param gflop billions of floating-point operations; @param seconds estimated on one worker */
    public record Estimate(double gflop, double seconds) {}

    /**
     * The ADS maps a run's saliency requests compute (not their faithfulness curves, a few per cent of a
     * map): one evaluation per filter size, position and evaluated image.
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
        return new Estimate(flops / 1e9, flops / 1e9 / SALIENCY_GFLOPS);
    }

    public Estimate estimate(RunConfig config) {
        ModelFamily family = registry.get(config.model());
        Object model = config.modelConfig(registry);
        int probeImages = config.validationSize() + Math.min(config.probeTrainSize(), config.trainImages());
        double flops = family.trainingFlops(model, config.trainImages())
                + family.accuracyProbes(model) * family.predictionFlops(model, probeImages)
                + family.predictionFlops(model, TEST_IMAGES + config.validationSize());
        double gflop = flops / 1e9;
        Speed speed = speeds.getOrDefault(config.model(), speeds.values().stream()
                .min(Comparator.comparingDouble(Speed::gflops)).orElse(new Speed(1, 0.1)));
        double steps = family.optimizerSteps(model, config.trainImages());
        return new Estimate(gflop, overheadSeconds + gflop / speed.gflops() + steps * speed.stepSeconds());
    }
}
