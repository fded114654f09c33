package fflab.model.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import fflab.data.ImageSet;
import fflab.data.Standardization;
import fflab.model.ImageClassifier;
import fflab.model.ModelKind;
import fflab.predict.Predictor;
import fflab.train.TrainingMonitor;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.provenance.DataProvenance;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;

/**
 * What the FF and BP trainers share as Tribuo {@code Trainer<Label>}s: the dense fast path from
 * ND4J images, the path from any Tribuo dataset, and provenance. {@code fflab.family.FamilyTrainer}
 * records every option of a family's config as a {@code @Config} field, so Tribuo's provenance holds them.
 */
public abstract class ImageTrainer implements org.tribuo.Trainer<Label> {

    @Config(description = "Seed of the weight initialisation, shuffles and negative labels")
    protected long seed = 1;

    private int invocationCount;

    public long seed() {
        return seed;
    }

    public abstract ModelKind kind();

    /** The immutable config these options describe. */
    public abstract Object config();

    /** Trains the network on standardised rows. */
    protected abstract Predictor fit(INDArray standardised, int[] labels, int classes, TrainingMonitor monitor);

    /**
     * The fast path: trains on raw ([0,1]) images held as one ND4J array.
     *
     * @param source where the images came from (file checksums, split, seed)
     */
    public TribuoImageModel trainImages(ImageSet raw, Standardization standardization, DataProvenance source,
                                        TrainingMonitor monitor) {
        int classes = ImageSet.CLASSES;
        INDArray x = standardization.apply(raw.images());
        ImageClassifier classifier = new ImageClassifier(kind(), config(),
                fit(x, raw.labels(), classes, monitor), standardization, classes, raw.rows(), raw.cols());
        DatasetProvenance data = new ImageDatasetProvenance(source, raw.size(), raw.features(), classes);
        return wrap(classifier, data, ImageDomain.featureMap(raw.features()), ImageDomain.labelInfo(classes),
                classLabels(classes), Map.of());
    }

    /**
     * Trains on any Tribuo dataset whose features are pixel values: the features are laid out by
     * their ids (pixel order for fflab's names), the labels by their ids, and the standardisation
     * is measured from the data.
     */
    @Override
    public TribuoImageModel train(Dataset<Label> dataset, Map<String, Provenance> runProvenance) {
        ImmutableFeatureMap features = dataset.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputs = dataset.getOutputIDInfo();
        int n = dataset.size();
        int f = features.size();
        float[] dense = new float[n * f];
        int[] labels = new int[n];
        int i = 0;
        for (Example<Label> e : dataset) {
            for (Feature feature : e) {
                int id = features.getID(feature.getName());
                if (id >= 0) {
                    dense[i * f + id] = (float) feature.getValue();
                }
            }
            labels[i++] = outputs.getID(e.getOutput());
        }
        INDArray raw = Nd4j.create(dense, new long[] {n, f}, 'c');
        int side = (int) Math.round(Math.sqrt(f));
        boolean square = side * side == f;
        ImageSet images = new ImageSet(raw, labels, square ? side : 1, square ? side : f);
        Standardization standardization = Standardization.measure(images);
        INDArray x = standardization.apply(raw);
        int classes = outputs.size();
        ImageClassifier classifier = new ImageClassifier(kind(), config(),
                fit(x, labels, classes, TrainingMonitor.NONE), standardization, classes, images.rows(), images.cols());
        List<Label> classLabels = IntStream.range(0, classes).mapToObj(outputs::getOutput).toList();
        return wrap(classifier, dataset.getProvenance(), features, outputs, classLabels, runProvenance);
    }

    private TribuoImageModel wrap(ImageClassifier classifier, DatasetProvenance data, ImmutableFeatureMap features,
                                  ImmutableOutputInfo<Label> outputs, List<Label> classLabels,
                                  Map<String, Provenance> runProvenance) {
        TrainerProvenance trainerProvenance = getProvenance();
        invocationCount++;
        ModelProvenance provenance = new ModelProvenance(TribuoImageModel.class.getName(), OffsetDateTime.now(),
                data, trainerProvenance, runProvenance);
        return new TribuoImageModel(kind().id(), provenance, features, outputs, classifier, classLabels);
    }

    /**
     * A Tribuo model around a classifier loaded from disk; its provenance names the folder it was
     * loaded from (the training provenance lives in that run's {@code provenance.json}).
     */
    public static TribuoImageModel wrapLoaded(ImageClassifier classifier, ImageTrainer trainerOfConfig,
                                              DataProvenance loadedFrom) {
        DatasetProvenance data = new ImageDatasetProvenance(loadedFrom, 0, classifier.features(), classifier.classes());
        return trainerOfConfig.wrap(classifier, data, ImageDomain.featureMap(classifier.features()),
                ImageDomain.labelInfo(classifier.classes()), classLabels(classifier.classes()), Map.of());
    }

    private static List<Label> classLabels(int classes) {
        return IntStream.range(0, classes).mapToObj(ImageDomain::label).toList();
    }

    @Override
    public int getInvocationCount() {
        return invocationCount;
    }

    @Override
    public void setInvocationCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("invocation count must be >= 0, got " + count);
        }
        invocationCount = count;
    }

    @Override
    public TrainerProvenance getProvenance() {
        return new TrainerProvenanceImpl(this);
    }
}
