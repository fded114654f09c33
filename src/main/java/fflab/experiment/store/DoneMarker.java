package fflab.experiment.store;

import fflab.run.RunResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code done.json}, written last into a finished run's folder: its headline numbers, so that
 * {@code runs.csv} and the regression check need read only this file.
 *
 * @param finishedAt when training, evaluation and the saliency outputs asked for then were done
 * @param steps what ran after training, e.g. {@code saliency ads-k3-raw-zero-test-1a2b3c4d: 1 map (test)}
 * @param stepSeconds seconds of every step, by name ("load", "train", "evaluate", "save", "saliency",
 *                    ...): their sum is the run's compute time, saliency outputs added later included
 */
public record DoneMarker(String id, String experiment, String finishedAt, double wallSeconds, double trainSeconds,
                         double evaluationSeconds, double testAccuracy, double testMacroF1,
                         double validationAccuracy, List<Double> layerAccuracy, List<String> steps,
                         Map<String, Double> stepSeconds) {
    public static final String SALIENCY_STEP = "saliency";

    public DoneMarker {
        steps = steps == null ? List.of() : List.copyOf(steps);
        // done.json files from before stepSeconds: training and evaluation are all they can say
        stepSeconds = stepSeconds != null ? new LinkedHashMap<>(stepSeconds)
                : new LinkedHashMap<>(Map.of("train", trainSeconds, "evaluate", evaluationSeconds));
    }

    public static DoneMarker of(String id, String experiment, RunResult r, double wallSeconds, List<String> steps,
                                Map<String, Double> stepSeconds) {
        return new DoneMarker(id, experiment, Instant.now().toString(), wallSeconds, r.trainSeconds(),
                r.evaluationSeconds(), r.test().accuracy(), r.test().macroF1(), r.validation().accuracy(),
                r.test().layerAccuracy(), steps, stepSeconds);
    }

    /** This marker with a saliency output added later: its step line, and its seconds added to "saliency". */
    public DoneMarker withSaliency(String step, double seconds) {
        List<String> moreSteps = new ArrayList<>(steps);
        moreSteps.add(step);
        Map<String, Double> moreSeconds = new LinkedHashMap<>(stepSeconds);
        moreSeconds.merge(SALIENCY_STEP, seconds, Double::sum);
        return new DoneMarker(id, experiment, finishedAt, wallSeconds, trainSeconds, evaluationSeconds, testAccuracy,
                testMacroF1, validationAccuracy, layerAccuracy, moreSteps, moreSeconds);
    }

    /** This marker under another run id (an adopted folder). */
    DoneMarker withId(String newId, Map<String, Double> seconds) {
        return new DoneMarker(newId, experiment, finishedAt, wallSeconds, trainSeconds, evaluationSeconds,
                testAccuracy, testMacroF1, validationAccuracy, layerAccuracy, steps, seconds);
    }

    /** The sum of the step times: the run's compute time. */
    public double totalSeconds() {
        return stepSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
