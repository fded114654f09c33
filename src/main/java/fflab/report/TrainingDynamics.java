package fflab.report;

import fflab.stats.Correlation;
import fflab.stats.Correlations;
import fflab.stats.Lag;
import fflab.stats.SmallSamples;
import fflab.stats.TestResult;
import fflab.stats.Verdicts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the layers learn: mean accuracy and loss curves per configuration; the epoch at which each
 * layer reaches a fraction of its final accuracy (do deeper layers lag?); and whether the first
 * layer's accuracy tracks the model's, across runs (final test accuracies of the seeds of each FF
 * configuration) and over training (the mean validation curves of each FF configuration). The
 * correlations form one family for the multiple-comparison correction.
 */
public record TrainingDynamics(Map<RunGroup, List<Curve>> accuracy, Map<RunGroup, List<Curve>> loss,
        List<LayerLag> lags, TestTable correlations) {

    static final String LAYER_1 = "layer 1";

    public static TrainingDynamics compute(ExperimentResults results, ReportOptions options) {
        Map<RunGroup, List<Curve>> accuracy = new LinkedHashMap<>();
        Map<RunGroup, List<Curve>> loss = new LinkedHashMap<>();
        List<LayerLag> lags = new ArrayList<>();
        for (RunGroup g : results.groups()) {
            List<List<Curve>> perRun = g.finished().stream().map(r -> TrainingHistory.accuracy(r.dir())).toList();
            accuracy.put(g, Curve.mean(perRun));
            loss.put(g, Curve.mean(g.finished().stream().map(r -> TrainingHistory.loss(r.dir())).toList()));
            lags.addAll(lags(g, perRun, options.lagFraction()));
        }
        List<TestRow> rows = new ArrayList<>();
        for (String dataset : results.datasets()) {
            acrossRuns(results, dataset, rows);
        }
        accuracy.forEach((g, curves) -> {
            if (g.method() == TrainingMethod.FF) {
                overTraining(g, curves, rows);
            }
        });
        return new TrainingDynamics(accuracy, loss, lags, TestTable.of(rows, options));
    }

    /** One lag per curve name (model, layer 1, ...) over the runs that have a history. */
    private static List<LayerLag> lags(RunGroup g, List<List<Curve>> perRun, double fraction) {
        Map<String, List<Integer>> epochs = new LinkedHashMap<>();
        for (List<Curve> curves : perRun) {
            for (Curve c : curves) {
                epochs.computeIfAbsent(c.name(), n -> new ArrayList<>())
                        .add(Lag.epochToFraction(c.x(), c.y(), fraction));
            }
        }
        List<LayerLag> lags = new ArrayList<>();
        epochs.forEach((name, list) -> lags.add(new LayerLag(g, name, List.copyOf(list),
                list.stream().filter(e -> e >= 0).mapToInt(Integer::intValue).average().orElse(Double.NaN))));
        return lags;
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

    /** Layer 1's mean validation curve against the model's, over the evaluation points. */
    private static void overTraining(RunGroup g, List<Curve> curves, List<TestRow> rows) {
        Optional<Curve> layer1 = curve(curves, LAYER_1);
        Optional<Curve> model = curve(curves, TrainingHistory.MODEL);
        if (layer1.isEmpty() || model.isEmpty()) {
            return;
        }
        Map<Integer, Double> modelByEpoch = new LinkedHashMap<>();
        for (int i = 0; i < model.get().x().length; i++) {
            modelByEpoch.put(model.get().x()[i], model.get().y()[i]);
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < layer1.get().x().length; i++) {
            Double m = modelByEpoch.get(layer1.get().x()[i]);
            if (m != null && !m.isNaN() && !Double.isNaN(layer1.get().y()[i])) {
                points.add(new double[] {layer1.get().y()[i], m});
            }
        }
        addBoth(g.title() + ", over training", Fmt.count(points.size(), "epoch") + ", validation, mean of "
                + Fmt.count(g.finished().size(), "run"), points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray(), rows);
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
