package fflab.experiment.sweep;

import fflab.experiment.RunConfig;
import fflab.experiment.spec.ModelFamily;
import fflab.experiment.spec.ModelRegistry;
import java.util.Map;

/**
 * Estimated cost of a run from its floating-point operations: training, the accuracy probes
 * during training, and the final evaluation of the test and validation sets, divided by the
 * throughput the trainers reach, plus a fixed overhead per run (loading and checking the data,
 * Tribuo's evaluation, writing the folder).
 *
 * @param gflops throughput per model id, GFLOP/s (BP's mini-batches of 100 use the BLAS less
 *               well than FF's full batches); a model not listed gets the lowest
 * @param stepSeconds fixed cost of one optimiser step beyond its FLOPs (small batches pay it often)
 * @param overheadSeconds seconds per run that do not scale with FLOPs
 */
public record CostModel(ModelRegistry registry, Map<String, Double> gflops, double stepSeconds,
                        double overheadSeconds) {
    /** Test images every run classifies at the end. */
    private static final int TEST_IMAGES = 10_000;

    /**
     * Measured on the 2-core development machine (AMD Zen 4, OpenBLAS, 2 threads) with
     * experiments/ci-regression.yaml and single paper-scale-shaped runs, 2026-11-23; see README.
     */
    public static CostModel measured2Cores(ModelRegistry registry) {
        return new CostModel(registry, Map.of("ff-mlp", 60.0, "bp-mlp", 25.0), 0.01, 8);
    }

    /** @param gflop billions of floating-point operations; @param seconds estimated on one worker */
    public record Estimate(double gflop, double seconds) {}

    public Estimate estimate(RunConfig config) {
        ModelFamily family = registry.get(config.model());
        Object model = config.modelConfig(registry);
        int probeImages = config.validationSize() + Math.min(config.probeTrainSize(), config.trainImages());
        double flops = family.trainingFlops(model, config.trainImages())
                + family.accuracyProbes(model) * family.predictionFlops(model, probeImages)
                + family.predictionFlops(model, TEST_IMAGES + config.validationSize());
        double gflop = flops / 1e9;
        double throughput = gflops.getOrDefault(config.model(),
                gflops.values().stream().mapToDouble(Double::doubleValue).min().orElse(1));
        double steps = family.optimizerSteps(model, config.trainImages());
        return new Estimate(gflop, overheadSeconds + gflop / throughput + steps * stepSeconds);
    }
}
