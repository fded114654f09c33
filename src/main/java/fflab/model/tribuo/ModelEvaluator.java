package fflab.model.tribuo;

import fflab.data.ImageSet;
import fflab.predict.Predictor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.DataProvenance;

/**
 * Evaluates a model on a set of images through Tribuo's {@link LabelEvaluator}. The images are
 * predicted as one dense batch; Tribuo receives one prediction per image whose example carries
 * the true label and the image's index (as metadata) rather than 784 boxed pixel features.
 */
public final class ModelEvaluator {
    private ModelEvaluator() {}

    /** Predictions and Tribuo's evaluation of them. */
    public record Result(TestMetrics metrics, LabelEvaluation evaluation, Predictor.Predictions predictions,
                         int[] truth) {}

    public static Result evaluate(TribuoImageModel model, ImageSet raw, String split, DataProvenance source) {
        Predictor.Predictions p = model.classifier().predict(raw);
        int[] truth = raw.labels();
        List<Prediction<Label>> predictions = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            ArrayExample<Label> example = new ArrayExample<>(model.classLabel(truth[i]), Map.of("index", i));
            predictions.add(model.toPrediction(p, i, raw.features(), example));
        }
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(model, predictions, source);
        return new Result(metrics(model, evaluation, p, truth, split), evaluation, p, truth);
    }

    private static TestMetrics metrics(TribuoImageModel model, LabelEvaluation e, Predictor.Predictions p,
                                       int[] truth, String split) {
        int classes = model.classifier().classes();
        Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
        List<List<Long>> confusion = new ArrayList<>();
        for (int t = 0; t < classes; t++) {
            Label truthLabel = model.classLabel(t);
            perClass.put(truthLabel.getLabel(), new ClassMetrics(e.precision(truthLabel), e.recall(truthLabel),
                    e.f1(truthLabel), Math.round(e.getConfusionMatrix().support(truthLabel))));
            List<Long> row = new ArrayList<>();
            for (int q = 0; q < classes; q++) {
                row.add(Math.round(e.confusion(model.classLabel(q), truthLabel)));
            }
            confusion.add(row);
        }
        List<Double> layerAccuracy = new ArrayList<>();
        for (int[] layer : p.perLayer()) {
            layerAccuracy.add(Predictor.accuracy(layer, truth));
        }
        return new TestMetrics(split, truth.length, e.accuracy(), e.macroAveragedF1(), e.macroAveragedPrecision(),
                e.macroAveragedRecall(), e.balancedErrorRate(), perClass, confusion, layerAccuracy);
    }
}
