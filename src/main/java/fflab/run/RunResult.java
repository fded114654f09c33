package fflab.run;

import fflab.model.tribuo.TestMetrics;
import java.util.Map;

/**
 * The headline numbers of a finished run, as written to {@code metrics.json}.
 *
 * @param trainSeconds loading the data and training, as before steps were timed apart
 * @param stepSeconds seconds of each step of the run so far: load, train, evaluate, save
 */
public record RunResult(TestMetrics test, TestMetrics validation, double trainSeconds, double evaluationSeconds,
                        Map<String, Double> stepSeconds) {
    public RunResult {
        stepSeconds = stepSeconds == null ? Map.of() : Map.copyOf(stepSeconds);
    }

    public RunResult(TestMetrics test, TestMetrics validation, double trainSeconds, double evaluationSeconds) {
        this(test, validation, trainSeconds, evaluationSeconds, Map.of());
    }
}
