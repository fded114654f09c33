package fflab.report;

import fflab.stats.Correlation;
import fflab.stats.Correlations;
import fflab.stats.SmallSamples;
import fflab.stats.TestResult;
import fflab.stats.Verdicts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the layers learn: mean accuracy and loss curves per configuration, and whether the first
 * layer's final test accuracy tracks the model's across the seeds of each FF configuration (one
 * family for the multiple-comparison correction). Lags and correlations over training, per layer,
 * are {@link LayerDynamics}.
 */
public record TrainingDynamics(Map<RunGroup, List<Curve>> accuracy, Map<RunGroup, List<Curve>> loss,
        TestTable correlations) {

    public static TrainingDynamics compute(ExperimentResults results, ReportOptions options) {
        Map<RunGroup, List<Curve>> accuracy = new LinkedHashMap<>();
        Map<RunGroup, List<Curve>> loss = new LinkedHashMap<>();
        for (RunGroup g : results.groups()) {
            List<List<Curve>> perRun = g.finished().stream().map(r -> TrainingHistory.accuracy(r.dir())).toList();
            accuracy.put(g, Curve.mean(perRun));
            loss.put(g, Curve.mean(g.finished().stream().map(r -> TrainingHistory.loss(r.dir())).toList()));
        }
        List<TestRow> rows = new ArrayList<>();
        for (String dataset : results.datasets()) {
            acrossRuns(results, dataset, rows);
        }
        return new TrainingDynamics(accuracy, loss, TestTable.of(rows, options));
    }

    /**
     * Final test accuracy of layer 1 alone against the model's, over the seeds of each FF
     * configuration: runs of different configurations are never pooled, since a config that moves
     * both accuracies would make a correlation out of the config alone.
     */
    private static void acrossRuns(ExperimentResults results, String dataset, List<TestRow> rows) {
        for (RunGroup g : results.groups(dataset)) {
            List<Run> runs = g.method() != TrainingMethod.FF ? List.of() : g.finished().stream()
                    .filter(r -> !r.result().test().layerAccuracy().isEmpty()).toList();
            if (runs.isEmpty()) {
                continue;
            }
            double[] layer1 = runs.stream().mapToDouble(r -> 100 * r.result().test().layerAccuracy().get(0))
                    .toArray();
            double[] model = runs.stream().mapToDouble(Run::accuracyPercent).toArray();
            addBoth(g.title() + ", final test accuracy", Fmt.count(runs.size(), "run") + " (seeds of one "
                    + "configuration)", layer1, model, rows);
        }
    }

    static Optional<Curve> curve(List<Curve> curves, String name) {
        return curves.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static void addBoth(String subject, String over, double[] layer1, double[] model, List<TestRow> rows) {
        for (Correlation c : List.of(Correlations.pearson(layer1, model), Correlations.spearman(layer1, model))) {
            TestResult result = SmallSamples.require(new TestResult(c.method() + " correlation", c.r(), c.pValue(),
                    "r", c.r(), c.n(), "layer 1 alone vs the whole model"), c.n(), SmallSamples.MIN_CORRELATION,
                    "points");
            rows.add(new TestRow(subject, over, result,
                    (p, alpha, correction) -> Verdicts.correlation(c.r(), p, alpha, correction),
                    SmallSamples.MIN_CORRELATION + " points", 0));
        }
    }
}
