package fflab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import fflab.cnn.BPCnnConfig;
import fflab.cnn.FFCnnConfig;
import fflab.cnn.Pooling;
import fflab.model.FFConfig;
import fflab.experiment.spec.ModelRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepExpansionTest {

    @Test
    void minimalSpecIsOneRunWithEveryDefault() {
        Sweep sweep = SpecFixtures.expand("models: {ff-mlp: }");
        assertThat(sweep.runs()).hasSize(1);
        RunConfig c = sweep.runs().get(0).config();
        assertThat(c.model()).isEqualTo("ff-mlp");
        assertThat(c.dataset()).isEqualTo("mnist");
        assertThat(c.seed()).isEqualTo(1);
        assertThat(c.saliency()).isNull();
        assertThat(sweep.runs().get(0).saliency()).isEmpty();
        assertThat(c.modelConfig(ModelRegistry.standard())).isEqualTo(FFConfig.reference());
        assertThat(c.data()).containsEntry("validation_size", 10_000L).containsEntry("train_limit", 0L);
        assertThat(sweep.spec().name()).isEqualTo("test");
    }

    @Test
    void cnnFamiliesDefaultToTheCpuPresetsAndSweepLikeTheMlps() {
        Sweep sweep = SpecFixtures.expand("models: {ff-cnn: {filters: [[8], [8, 16]]}, bp-cnn: }");
        assertThat(sweep.runs()).hasSize(3);
        ModelRegistry registry = ModelRegistry.standard();
        assertThat(sweep.runs()).filteredOn(r -> r.config().model().equals("bp-cnn")).singleElement()
                .satisfies(r -> assertThat(r.config().modelConfig(registry)).isEqualTo(BPCnnConfig.cpu()));
        assertThat(sweep.runs()).filteredOn(r -> r.config().model().equals("ff-cnn"))
                .extracting(r -> r.config().modelConfig(registry))
                .containsExactly(FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::filters, List.of(8)).build(),
                        FFCnnConfig.cpu().toBuilder().set(FFCnnConfig::filters, List.of(8, 16)).build());
    }

    @Test
    void theShippedCnnSpecAtPaperScaleIsThePapersNetwork() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("experiments/ff-cnn.yaml"));
        Sweep sweep = SpecFixtures.expand(yaml, "scale=paper");
        FFCnnConfig ff = (FFCnnConfig) sweep.runs().stream().filter(r -> r.config().model().equals("ff-cnn"))
                .findFirst().orElseThrow().config().modelConfig(ModelRegistry.standard());
        FFCnnConfig paper = FFCnnConfig.paper();
        assertThat(ff.filters()).isEqualTo(paper.filters());
        assertThat(ff.kernel()).isEqualTo(paper.kernel());
        assertThat(ff.pooling()).isEqualTo(Pooling.NONE);
        assertThat(ff.learningRate()).isEqualTo(paper.learningRate());
        assertThat(ff.batchSize()).isEqualTo(paper.batchSize());
        assertThat(ff.epochs()).isEqualTo(paper.epochs());
        assertThat(ff.classifier()).isEqualTo(paper.classifier());
    }

    @Test
    void listsAreGridAxesPerModel() {
        Sweep sweep = SpecFixtures.expand("""
                dataset: [mnist, fashion-mnist]
                seed: [1, 2, 3]
                models:
                  ff-mlp: {theta: [1, 2], hidden: [[100], [100, 100]]}
                  bp-mlp: {epochs: 2}
                """);
        // ff: 2 datasets x 3 seeds x 2 theta x 2 hidden = 24; bp: 2 x 3 = 6
        assertThat(sweep.runs()).hasSize(30);
        assertThat(sweep.runs().stream().map(PlannedRun::id).distinct()).hasSize(30);
        // seed first, then dataset: the first runs are all of seed 1 on mnist
        assertThat(sweep.runs().subList(0, 5)).allSatisfy(r -> {
            assertThat(r.config().seed()).isEqualTo(1);
            assertThat(r.config().dataset()).isEqualTo("mnist");
        });
        assertThat(sweep.runs()).filteredOn(r -> r.config().model().equals("bp-mlp"))
                .allSatisfy(r -> assertThat(r.config().options()).containsEntry("epochs", 2L));
        assertThat(sweep.runs()).extracting(r -> r.config().options().get("hidden")).contains(List.of(100L),
                List.of(100L, 100L));
    }

    @Test
    void aListOfWidthsIsOneNetworkAndAListOfListsIsAnAxis() {
        assertThat(SpecFixtures.expand("models: {bp-mlp: {hidden: [200, 100]}}").runs()).hasSize(1);
        assertThat(SpecFixtures.expand("models: {bp-mlp: {hidden: [[200, 100]]}}").runs()).hasSize(1);
        assertThat(SpecFixtures.expand("models: {bp-mlp: {hidden: [[200], [100]]}}").runs()).hasSize(2);
    }

    @Test
    void zipPairsAxesAndExcludeDropsCombinations() {
        Sweep sweep = SpecFixtures.expand("""
                dataset: [mnist, fashion-mnist]
                models:
                  ff-mlp: {epochs: [10, 20, 30], theta: [1, 2, 3]}
                  bp-mlp:
                zip: [[models.ff-mlp.epochs, models.ff-mlp.theta]]
                exclude:
                  - {dataset: fashion-mnist, models.ff-mlp.theta: [2, 3]}
                  - {model: bp-mlp, dataset: mnist}
                """);
        assertThat(sweep.runs()).extracting(PlannedRun::summary).containsExactlyInAnyOrder(
                "ff-mlp mnist seed=1 epochs=10 theta=1.0",
                "ff-mlp mnist seed=1 epochs=20 theta=2.0",
                "ff-mlp mnist seed=1 epochs=30 theta=3.0",
                "ff-mlp fashion-mnist seed=1 epochs=10 theta=1.0",
                "bp-mlp fashion-mnist seed=1");
        assertThat(sweep.excluded()).isEqualTo(3);
    }

    @Test
    void runIdsIgnoreKeyOrderFormattingAndSpelledOutDefaults() {
        RunId a = SpecFixtures.expand("""
                models:
                  ff-mlp: {theta: 2, learning_rate: 3e-2, hidden: [500, 500]}
                """).runs().get(0).id();
        RunId b = SpecFixtures.expand("""
                seed: 1
                dataset: MNIST
                models:
                  ff-mlp:
                    hidden:
                      - 500
                      - 500
                    learning_rate: 0.030
                    theta: 2.0
                    goodness: mean
                """).runs().get(0).id();
        RunId c = SpecFixtures.expand("models: {ff-mlp: {theta: 2.5}}").runs().get(0).id();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(a.value()).hasSize(12).matches("[0-9a-f]+");
    }

    @Test
    void identicalCombinationsRunOnce() {
        Sweep sweep = SpecFixtures.expand("""
                models: {ff-mlp: {overlay: [max, constant], overlay_value: 1}}
                """);
        assertThat(sweep.runs()).hasSize(2);
        Sweep same = SpecFixtures.expand("models: {bp-mlp: {epochs: [20]}}\nseed: [1]");
        assertThat(same.runs()).hasSize(1);
        assertThat(same.runs().get(0).id()).isEqualTo(SpecFixtures.expand("models: {bp-mlp: }").runs().get(0).id());
    }

    @Test
    void overridesAndScalesChangeTheTree() {
        String yaml = """
                scale: cpu
                scales:
                  cpu: {models.ff-mlp.epochs: 60, seed: [1, 2]}
                  paper: {models.ff-mlp.epochs: 5000}
                models: {ff-mlp: {epochs: 1000}}
                """;
        assertThat(SpecFixtures.expand(yaml).runs()).extracting(r -> r.config().options().get("epochs"))
                .containsExactly(60L, 60L);
        Sweep paper = SpecFixtures.expand(yaml, "scale=paper", "data.train_limit=1000");
        assertThat(paper.runs()).singleElement().satisfies(r -> {
            assertThat(r.config().options()).containsEntry("epochs", 5000L);
            assertThat(r.config().data()).containsEntry("train_limit", 1000L);
        });
        assertThat(paper.spec().scale()).isEqualTo("paper");
        assertThat(SpecFixtures.expand(yaml, "models.ff-mlp.epochs=7").runs().get(0).config().options())
                .containsEntry("epochs", 7L);
    }

    @Test
    void saliencyOptionsAreStoredWithDefaults() {
        PlannedRun run = SpecFixtures.expand("models: {bp-mlp: }\nsaliency: {filters: [3, 5]}").runs().get(0);
        assertThat(run.config().saliency()).as("not part of the training config").isNull();
        assertThat(run.saliency()).singleElement().satisfies(r -> {
            assertThat(r.options()).containsEntry("filters", List.of(3L, 5L)).containsEntry("baseline", "raw-zero")
                    .containsEntry("per_class", true);
            assertThat(r.key()).matches("ads-k3_5-raw-zero-test-[0-9a-f]{8}");
        });
    }

    @Test
    void sweptSaliencyOptionsAreOutputsOfOneTrainedModelNotRuns() {
        Sweep sweep = SpecFixtures.expand("models: {bp-mlp: }\nsaliency: {filters: [[3], [5]], evaluation: subset, "
                + "evaluation_size: [100, 200]}");
        assertThat(sweep.runs()).singleElement().satisfies(r -> {
            assertThat(r.saliency()).extracting(SaliencyRequest::key).hasSize(4).doesNotHaveDuplicates()
                    .allMatch(k -> k.startsWith("ads-k3-raw-zero-subset") || k.startsWith("ads-k5-raw-zero-subset"));
            assertThat(r.summary()).isEqualTo("bp-mlp mnist seed=1");
        });
        assertThat(sweep.duplicates()).isZero();
    }

    @Test
    void theRunIdHashesOnlyWhatTrainsTheModel() {
        PlannedRun plain = SpecFixtures.expand("models: {bp-mlp: }").runs().get(0);
        PlannedRun withSaliency = SpecFixtures.expand("models: {bp-mlp: }\nsaliency: {evaluation_size: 50}").runs()
                .get(0);
        PlannedRun larger = SpecFixtures.expand("models: {bp-mlp: }\nsaliency: {evaluation_size: 5000}").runs().get(0);
        assertThat(withSaliency.id()).isEqualTo(plain.id()).isEqualTo(larger.id());
        // before issue 19 the saliency options were hashed too: those old ids are kept for adopting folders
        assertThat(withSaliency.legacyIds()).singleElement().isNotEqualTo(plain.id())
                .isEqualTo(RunId.legacyOf(plain.config().withSaliency(withSaliency.saliency().get(0).options())));
        assertThat(plain.legacyIds()).isEmpty();
        // with evaluation: test, the subset size changes nothing, so it does not change the key
        assertThat(withSaliency.saliency().get(0).key()).isEqualTo(larger.saliency().get(0).key());
    }

    @Test
    void canonicalJsonIsSortedAndCompact() {
        RunConfig c = new RunConfig("bp-mlp", "mnist", 3, Map.of("b", 1L, "a", 2L), Map.of("z", 0.5, "y", "q"), null);
        assertThat(c.canonicalJson()).isEqualTo(
                "{\"data\":{\"a\":2,\"b\":1},\"dataset\":\"mnist\",\"model\":\"bp-mlp\",\"options\":{\"y\":\"q\",\"z\":0.5},"
                        + "\"seed\":3}");
    }
}
