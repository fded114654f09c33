package fflab.report;

import fflab.stats.Correlation;
import fflab.stats.CorrelationIntervals;
import fflab.stats.Correlations;
import fflab.stats.Interval;
import fflab.stats.Lag;
import fflab.stats.Summaries;
import fflab.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per configuration and FF layer, from the validation curves in accuracy.csv: the epoch at which
 * the layer reaches a fraction of its final accuracy (mean over the seeds, and how many epochs it
 * trails layer 1), and the Pearson and Spearman correlation of the layer's accuracy with the
 * model's over training (all epochs of all seeds of the configuration pooled, with Fisher-z 95 %
 * intervals). The per-run numbers are kept for the claims page.
 */
public record LayerDynamics(double fraction, List<LayerRow> rows, List<RunLayers> runs) {

    static final double CONFIDENCE = 0.95;
    /** config.json's key of the FF training schedule. */
    public static final String SCHEDULE = "config.schedule";

    /**
     * One layer of one configuration.
     *
     * @param lag         epoch to the fraction, over the runs that reached it
     * @param behindFirst that epoch minus layer 1's, per run (0 for layer 1 itself)
     * @param points      (epoch, run) points behind the correlations
     */
    public record LayerRow(RunGroup group, int layer, Summary lag, Summary behindFirst, Correlation pearson,
                           Interval pearsonInterval, Correlation spearman, Interval spearmanInterval, int points) {}

    /**
     * One finished FF run.
     *
     * @param lags     per layer (from 1) the epoch to the fraction; -1 when never
     * @param pearsons per layer Pearson's r with the model over this run's epochs (NaN: too few)
     */
    public record RunLayers(Run run, String schedule, List<Integer> lags, List<Double> pearsons) {
        /** Epochs the last layer trails layer 1; empty when either never got there or there is one layer. */
        public Optional<Integer> lastBehindFirst() {
            int last = lags.get(lags.size() - 1);
            return lags.size() < 2 || last < 0 || lags.get(0) < 0 ? Optional.empty() : Optional.of(last - lags.get(0));
        }
    }

    public static LayerDynamics compute(ExperimentResults results, double fraction) {
        List<LayerRow> rows = new ArrayList<>();
        List<RunLayers> runs = new ArrayList<>();
        for (RunGroup g : results.groups()) {
            if (g.method() != TrainingMethod.FF) {
                continue;
            }
            Map<Integer, List<double[]>> points = new LinkedHashMap<>();
            Map<Integer, List<Double>> lags = new LinkedHashMap<>();
            Map<Integer, List<Double>> behind = new LinkedHashMap<>();
            for (Run run : g.finished()) {
                List<Curve> curves = TrainingHistory.accuracy(run.dir());
                Optional<Curve> model = TrainingDynamics.curve(curves, TrainingHistory.MODEL);
                if (model.isEmpty()) {
                    continue;
                }
                List<Integer> runLags = new ArrayList<>();
                List<Double> runPearsons = new ArrayList<>();
                for (int k = 1; ; k++) {
                    Optional<Curve> layer = TrainingDynamics.curve(curves, "layer " + k);
                    if (layer.isEmpty()) {
                        break;
                    }
                    List<double[]> pairs = pairs(layer.get(), model.get());
                    points.computeIfAbsent(k, x -> new ArrayList<>()).addAll(pairs);
                    runPearsons.add(Correlations.pearson(column(pairs, 0), column(pairs, 1)).r());
                    int lag = Lag.epochToFraction(layer.get().x(), layer.get().y(), fraction);
                    runLags.add(lag);
                    if (lag >= 0) {
                        lags.computeIfAbsent(k, x -> new ArrayList<>()).add((double) lag);
                        if (runLags.get(0) >= 0) {
                            behind.computeIfAbsent(k, x -> new ArrayList<>()).add((double) (lag - runLags.get(0)));
                        }
                    }
                }
                if (!runLags.isEmpty()) {
                    runs.add(new RunLayers(run, run.config().getOrDefault(SCHEDULE, Run.UNKNOWN), runLags,
                            runPearsons));
                }
            }
            points.forEach((k, pairs) -> {
                double[] layer = column(pairs, 0);
                double[] model = column(pairs, 1);
                Correlation p = Correlations.pearson(layer, model);
                Correlation s = Correlations.spearman(layer, model);
                rows.add(new LayerRow(g, k, summary(lags.get(k)), summary(behind.get(k)), p,
                        CorrelationIntervals.of(p, CONFIDENCE), s, CorrelationIntervals.of(s, CONFIDENCE),
                        pairs.size()));
            });
        }
        return new LayerDynamics(fraction, List.copyOf(rows), List.copyOf(runs));
    }

    /** (layer, model) accuracy at the epochs where both were measured. */
    private static List<double[]> pairs(Curve layer, Curve model) {
        Map<Integer, Double> modelByEpoch = new LinkedHashMap<>();
        for (int i = 0; i < model.x().length; i++) {
            modelByEpoch.put(model.x()[i], model.y()[i]);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < layer.x().length; i++) {
            Double m = modelByEpoch.get(layer.x()[i]);
            if (m != null && !m.isNaN() && !Double.isNaN(layer.y()[i])) {
                pairs.add(new double[] {layer.y()[i], m});
            }
        }
        return pairs;
    }

    private static double[] column(List<double[]> pairs, int column) {
        return pairs.stream().mapToDouble(p -> p[column]).toArray();
    }

    /** Mean, sd and 95 % interval; n = 0 with NaNs when there is nothing. */
    static Summary summary(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return new Summary(0, Double.NaN, Double.NaN, Interval.UNDEFINED, Interval.UNDEFINED);
        }
        return Summaries.summarise(values.stream().mapToDouble(Double::doubleValue).toArray(), 1);
    }
}
