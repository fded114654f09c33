package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.data.ImageSet;
import fflab.family.bpmlp.BPMlpTrainer;
import fflab.family.ffmlp.FFMlpTrainer;
import fflab.model.tribuo.ImageDomain;
import fflab.model.tribuo.ModelEvaluator;
import fflab.model.tribuo.TestMetrics;
import fflab.testing.SmallModels;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** fflab's trainers and models used through Tribuo's own API. */
@DisplayName("Trainers and models through Tribuo")
class TribuoIntegrationTest {

    @Test
    @DisplayName("a BP-MLP trained through Trainer.train(Dataset) is evaluated by Tribuo's LabelEvaluator")
    void bpThroughTribuoDatasets() {
        MutableDataset<Label> train = tribuoDataset(SmallModels.mnistSplit().train().head(3_000), "train");
        MutableDataset<Label> test = tribuoDataset(SmallModels.mnistSplit().test().head(1_000), "test");
        BPMlpTrainer trainer = new BPMlpTrainer(BPConfig.reference().toBuilder().set(BPConfig::epochs, 2)
                .set(BPConfig::hiddenSizes, List.of(100)).build(), 3);
        Model<Label> model = trainer.train(train);
        LabelEvaluation e = new LabelEvaluator().evaluate(model, test);
        assertThat(e.accuracy()).isGreaterThan(0.85);
        assertThat(trainer.getInvocationCount()).isEqualTo(1);
        String provenance = model.getProvenance().toString();
        assertThat(provenance).contains("learningRate").contains("hiddenSizes").contains("BPMlpTrainer");
    }

    @Test
    @DisplayName("Tribuo predictions of single examples agree with fflab's batched predictions")
    void singleExamplePredictionsAgree() {
        var model = SmallModels.ff();
        ImageSet images = SmallModels.mnistSplit().test().head(20);
        int[] batched = model.classifier().predict(images).model();
        List<org.tribuo.Example<Label>> examples = examples(images);
        for (int i = 0; i < examples.size(); i++) {
            Prediction<Label> p = model.predict(examples.get(i));
            assertThat(p.getOutput().getLabel()).isEqualTo(Integer.toString(batched[i]));
            assertThat(p.getOutputScores()).hasSize(10);
        }
    }

    @Test
    @DisplayName("the FF trainer's Tribuo provenance carries its configuration")
    void ffProvenanceCarriesConfig() {
        String provenance = SmallModels.ff().getProvenance().toString();
        assertThat(provenance).contains("theta").contains("goodness").contains("MEAN").contains("SIMULTANEOUS")
                .contains(FFMlpTrainer.class.getName());
    }

    @Test
    @DisplayName("Tribuo's confusion matrix rows sum to each class's support, and accuracy is its trace")
    void confusionMatrixIsConsistent() {
        ImageSet test = SmallModels.mnistSplit().test();
        TestMetrics m = ModelEvaluator.evaluate(SmallModels.bp(), test, "test", SmallModels.provenance(test)).metrics();
        long trace = 0;
        for (int t = 0; t < 10; t++) {
            long rowSum = m.confusion().get(t).stream().mapToLong(Long::longValue).sum();
            assertThat(rowSum).isEqualTo(m.perClass().get(Integer.toString(t)).support());
            trace += m.confusion().get(t).get(t);
        }
        assertThat((double) trace / test.size()).isEqualTo(m.accuracy());
    }

    private static MutableDataset<Label> tribuoDataset(ImageSet images, String name) {
        var source = new ListDataSource<>(examples(images), ImageDomain.LABELS,
                new SimpleDataSourceProvenance("mnist " + name, ImageDomain.LABELS));
        return new MutableDataset<>(source);
    }

    private static List<org.tribuo.Example<Label>> examples(ImageSet images) {
        List<String> names = ImageDomain.featureNames(images.features());
        float[] pixels = images.images().dup('c').data().asFloat();
        java.util.ArrayList<org.tribuo.Example<Label>> out = new java.util.ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            ArrayExample<Label> e = new ArrayExample<>(ImageDomain.label(images.label(i)));
            for (int j = 0; j < images.features(); j++) {
                float v = pixels[i * images.features() + j];
                if (v != 0) {
                    e.add(names.get(j), v);
                }
            }
            out.add(e);
        }
        return out;
    }
}
