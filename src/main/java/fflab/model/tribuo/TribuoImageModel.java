package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.util.Pair;
import fflab.model.ImageClassifier;
import fflab.predict.Predictor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.provenance.ModelProvenance;

/**
 * An fflab {@link ImageClassifier} as a Tribuo {@code Model<Label>}: Tribuo's evaluators and
 * provenance work with it, and it predicts Tribuo examples whose features are pixel values.
 * FF models score labels by goodness (not probabilities); BP models by softmax probability.
 */
public final class TribuoImageModel extends Model<Label> {
    private static final long serialVersionUID = 1L;

    private final transient ImageClassifier classifier;
    private final List<Label> classLabels;

    TribuoImageModel(String name, ModelProvenance provenance, ImmutableFeatureMap features,
                     ImmutableOutputInfo<Label> labels, ImageClassifier classifier, List<Label> classLabels) {
        super(name, provenance, features, labels, !classifier.kind().forwardForward());
        this.classifier = classifier;
        this.classLabels = List.copyOf(classLabels);
    }

    public ImageClassifier classifier() {
        return classifier;
    }

    /** The Tribuo label of class index {@code c}. */
    public Label classLabel(int c) {
        return classLabels.get(c);
    }

    @Override
    public Prediction<Label> predict(Example<Label> example) {
        return innerPredict(List.of(example)).get(0);
    }

    @Override
    protected List<Prediction<Label>> innerPredict(Iterable<Example<Label>> examples) {
        List<Example<Label>> list = new ArrayList<>();
        examples.forEach(list::add);
        int features = featureIDMap.size();
        float[] dense = new float[list.size() * features];
        int[] used = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            for (Feature f : list.get(i)) {
                int id = featureIDMap.getID(f.getName());
                if (id >= 0) {
                    dense[i * features + id] = (float) f.getValue();
                    used[i]++;
                }
            }
        }
        INDArray raw = Nd4j.create(dense, new long[] {list.size(), features}, 'c');
        Predictor.Predictions p = classifier.predictRaw(raw);
        List<Prediction<Label>> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(toPrediction(p, i, used[i], list.get(i)));
        }
        return out;
    }

    /** The Tribuo prediction of image {@code i} of a batch. */
    public Prediction<Label> toPrediction(Predictor.Predictions p, int i, int usedFeatures, Example<Label> example) {
        int classes = classLabels.size();
        Map<String, Label> scores = new LinkedHashMap<>();
        for (int c = 0; c < classes; c++) {
            Label l = classLabels.get(c);
            scores.put(l.getLabel(), new Label(l.getLabel(), p.scores()[i * classes + c]));
        }
        Label chosen = classLabels.get(p.model()[i]);
        Label predicted = new Label(chosen.getLabel(), p.scores()[i * classes + p.model()[i]]);
        return new Prediction<>(predicted, scores, usedFeatures, example, generatesProbabilities);
    }

    /** No per-feature importance is defined for these networks; Tribuo allows an empty answer. */
    @Override
    public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
        return Collections.emptyMap();
    }

    @Override
    public Optional<Excuse<Label>> getExcuse(Example<Label> example) {
        return Optional.empty();
    }

    @Override
    protected TribuoImageModel copy(String newName, ModelProvenance newProvenance) {
        return new TribuoImageModel(newName, newProvenance, featureIDMap, outputIDInfo, classifier, classLabels);
    }
}
