package fflab.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fflab.predict.Predictor;
import java.nio.file.Path;
import java.util.Set;

/**
 * How the networks of some model kinds lie in a model folder, beside what {@link ModelStore}
 * writes for every kind. Found through {@link java.util.ServiceLoader}, so that {@code fflab.model}
 * does not depend on the packages of those networks (the convolutional ones live in {@code fflab.cnn}).
 */
public interface NetworkFormat {
    Set<ModelKind> kinds();

    /** The config record saved in {@code model.json} for {@code kind}. */
    Class<?> configType(ModelKind kind);

    /** Writes the network's arrays into {@code dir} and describes them in {@code root}. */
    void write(Predictor network, Path dir, ObjectNode root);

    /** Rebuilds the network described by {@code root} (and checks every array against the config). */
    Predictor read(Path dir, JsonNode root, Path descriptor, Object config, int rows, int cols, int classes);
}
