package fflab.experiment.regression;

import java.util.List;

/**
 * {@code results/reference/ci-regression.json}: the floor of each metric, derived from recorded
 * runs. A benign change (other floating-point order, another BLAS) moves a metric like drawing
 * new seeds does, so the margin comes from the seed-to-seed spread: the checked value is the mean
 * of {@code ciSeeds} seeds, the reference mean too, so their difference has standard deviation
 * {@code sd * sqrt(2 / ciSeeds)}; the floor lies {@code sigmas} of those below the reference mean
 * (and at least {@code minMargin} below it, since an sd from few seeds can come out too small).
 *
 * @param method the rule above in words, for whoever reads the file
 */
public record RegressionReference(String spec, String recordedAt, String fflabCommit, String method, double sigmas,
                                  double minMargin, List<Long> ciSeeds, List<Long> spreadSeeds,
                                  List<Floor> floors) {

    /**
     * @param referenceMean mean over the CI seeds of the recorded runs
     * @param seedSd standard deviation over all recorded seeds
     */
    public record Floor(String group, String metric, double referenceMean, double seedSd, double margin,
                        double floor) {}

    public RegressionReference {
        ciSeeds = List.copyOf(ciSeeds);
        spreadSeeds = List.copyOf(spreadSeeds);
        floors = List.copyOf(floors);
    }
}
