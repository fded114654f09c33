package fflab.run;

import fflab.model.tribuo.TestMetrics;

/** The headline numbers of a finished run, as written to {@code metrics.json}. */
public record RunResult(TestMetrics test, TestMetrics validation, double trainSeconds, double evaluationSeconds) {}
