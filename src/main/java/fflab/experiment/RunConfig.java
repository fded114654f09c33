package fflab.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fflab.data.DatasetId;
import fflab.experiment.spec.ModelRegistry;
import fflab.experiment.spec.SpecSchema;
import fflab.model.ModelKind;
import fflab.run.RunRequest;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The complete, fully defaulted configuration of one run: everything that determines its numbers.
 * Values are normalised (integers as Long, other numbers as Double, choices as their spec
 * spelling), so that {@link #canonicalJson()} and hence the {@link RunId} do not depend on how
 * the spec was written.
 *
 * <p>The run id hashes only what trains the model ({@link #training()}): saliency options are
 * computed on a trained model and kept apart ({@link SaliencyRequest}). Before issue 19 they were
 * hashed too; {@link RunId#legacyOf} gives those ids, so that finished folders can be adopted.
 *
 * @param data validation_size, train_limit, probe_train_size
 * @param options the model's options (hidden, epochs, theta, ...)
 * @param saliency the ADS options of a config from before issue 19 (old run.json files); null in
 *                 every config planned now, whose saliency requests travel beside it in {@link PlannedRun}
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // a field added later as null keeps existing ids
public record RunConfig(String model, String dataset, long seed, Map<String, Object> data,
                        Map<String, Object> options, Map<String, Object> saliency) {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    public RunConfig {
        data = sorted(data);
        options = sorted(options);
        saliency = saliency == null ? null : sorted(saliency);
    }

    private static Map<String, Object> sorted(Map<String, Object> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /** Compact JSON with keys sorted at every level: the text the run id hashes (of {@link #training()}). */
    public String canonicalJson() {
        return canonical(this);
    }

    /** Compact JSON of {@code value} with keys sorted at every level. */
    static String canonical(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What trains the model: this config without saliency options. */
    public RunConfig training() {
        return saliency == null ? this : new RunConfig(model, dataset, seed, data, options, null);
    }

    /** This training config with saliency options, as configs were before issue 19. */
    public RunConfig withSaliency(Map<String, Object> block) {
        return new RunConfig(model, dataset, seed, data, options, block);
    }

    public RunId id() {
        return RunId.of(this);
    }

    public int validationSize() {
        return Math.toIntExact((Long) data.get("validation_size"));
    }

    public int trainLimit() {
        return Math.toIntExact((Long) data.get("train_limit"));
    }

    public int probeTrainSize() {
        return Math.toIntExact((Long) data.get("probe_train_size"));
    }

    /** Training images the run uses. */
    public int trainImages() {
        return trainLimit() > 0 ? trainLimit() : SpecSchema.TRAINING_FILE_IMAGES - validationSize();
    }

    public ModelKind modelKind() {
        return ModelKind.parse(model);
    }

    public DatasetId datasetId() {
        return DatasetId.parse(dataset);
    }

    /** The model's config record (FFConfig, BPConfig, ...). */
    public Object modelConfig(ModelRegistry registry) {
        return registry.get(model).config(options);
    }

    /** What {@link fflab.run.RunExecutor} needs to train and evaluate this run. */
    public RunRequest toRequest(ModelRegistry registry) {
        return new RunRequest(modelKind(), datasetId(), modelConfig(registry), seed, validationSize(), trainLimit(),
                probeTrainSize());
    }
}
