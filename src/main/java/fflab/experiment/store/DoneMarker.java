package fflab.experiment.store;

import fflab.run.RunResult;
import java.time.Instant;
import java.util.List;

/**
 * {@code done.json}, written last into a finished run's folder: its headline numbers, so that
 * {@code runs.csv} and the regression check need read only this file.
 *
 * @param steps what ran after training, e.g. {@code saliency: not available}
 */
public record DoneMarker(String id, String experiment, String finishedAt, double wallSeconds, double trainSeconds,
                         double evaluationSeconds, double testAccuracy, double testMacroF1,
                         double validationAccuracy, List<Double> layerAccuracy, List<String> steps) {

    public static DoneMarker of(String id, String experiment, RunResult r, double wallSeconds, List<String> steps) {
        return new DoneMarker(id, experiment, Instant.now().toString(), wallSeconds, r.trainSeconds(),
                r.evaluationSeconds(), r.test().accuracy(), r.test().macroF1(), r.validation().accuracy(),
                r.test().layerAccuracy(), List.copyOf(steps));
    }
}
