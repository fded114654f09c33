package fflab.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fflab.FflabException;
import fflab.data.Standardization;
import fflab.io.Json;
import fflab.io.Npy;
import fflab.nn.Dense;
import fflab.nn.Goodness;
import fflab.nn.LengthNorm;
import fflab.nn.RowNorm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Saves and loads a trained {@link ImageClassifier} as a folder: {@code model.json} (format,
 * version, architecture, config, standardisation, labels) and one NumPy {@code .npy} file per
 * weight matrix and bias, so that a Python user can rebuild the forward pass. {@code model.json}
 * is written last: a folder without it is not a model. Other networks (the convolutional ones, as
 * 4-D HWIO kernels) describe their layers through their {@link NetworkFormat}.
 */
public final class ModelStore {
    public static final String FORMAT = "fflab-model";
    public static final int FORMAT_VERSION = 1;
    public static final String DESCRIPTOR = "model.json";

    private static final List<NetworkFormat> FORMATS = ServiceLoader.load(NetworkFormat.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private ModelStore() {}

    /** The format of {@code kind}'s network, or null for the dense MLPs this class writes itself. */
    private static NetworkFormat format(ModelKind kind) {
        return FORMATS.stream().filter(f -> f.kinds().contains(kind)).findFirst().orElse(null);
    }

    public static void save(ImageClassifier model, Path dir) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", model.kind().id());
        root.set("config", Json.mapper().valueToTree(model.config()));
        root.putObject("standardization").put("mean", model.standardization().mean())
                .put("std", model.standardization().std());
        root.put("classes", model.classes());
        ArrayNode labels = root.putArray("labels");
        for (int c = 0; c < model.classes(); c++) {
            labels.add(Integer.toString(c));
        }
        root.putArray("imageShape").add(model.imageRows()).add(model.imageCols());
        NetworkFormat format = format(model.kind());
        if (format != null) {
            format.write(model.network(), dir, root);
        } else {
            writeDenseLayers(model, dir, root);
        }
        Json.write(dir.resolve(DESCRIPTOR), root);
    }

    private static void writeDenseLayers(ImageClassifier model, Path dir, ObjectNode root) {
        List<Dense> layers = layersOf(model);
        ArrayNode layerNodes = root.putArray("layers");
        for (int k = 0; k < layers.size(); k++) {
            Dense d = layers.get(k);
            String prefix = "layer" + (k + 1);
            Npy.write(dir.resolve(prefix + ".weights.npy"), d.weights());
            Npy.write(dir.resolve(prefix + ".bias.npy"), d.bias());
            boolean output = model.kind() == ModelKind.BP_MLP && k == layers.size() - 1;
            layerNodes.addObject()
                    .put("weights", prefix + ".weights.npy")
                    .put("bias", prefix + ".bias.npy")
                    .put("activation", output ? "softmax" : "relu")
                    .set("shape", Json.mapper().valueToTree(new long[] {d.inputSize(), d.outputSize()}));
        }
        if (model.kind() == ModelKind.FF_MLP) {
            FFNetwork ff = model.ffNetwork();
            ObjectNode node = root.putObject("ff")
                    .put("goodness", ff.goodness().name().toLowerCase())
                    .put("overlayValue", ff.overlayValue())
                    .put("lengthNormEpsilon", LengthNorm.EPSILON)
                    .put("norm", ff.norm().name().toLowerCase())
                    .put("skipFirstLayerInPrediction", ff.skipFirstLayerInPrediction());
            if (ff.readout() != null) {
                node.set("readout", writeDense(ff.readout(), "readout", dir));
            }
        }
        root.put("forwardPass", forwardPassDescription(model.kind()));
    }

    public static ImageClassifier load(Path dir) {
        Path descriptor = dir.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(descriptor)) {
            throw new FflabException("not an fflab model: " + descriptor + " is missing"
                    + (Files.isDirectory(dir) ? "" : " (" + dir + " is not a folder)"));
        }
        JsonNode root = Json.readTree(descriptor);
        String format = text(root, "format", descriptor);
        if (!FORMAT.equals(format)) {
            throw new FflabException(descriptor + ": field format is '" + format + "', expected '" + FORMAT + "'");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new FflabException(descriptor + ": formatVersion " + root.path("formatVersion")
                    + " is not supported by this fflab, which reads version " + FORMAT_VERSION);
        }
        ModelKind kind = ModelKind.parse(text(root, "kind", descriptor));
        Standardization st = new Standardization(root.path("standardization").path("mean").asDouble(),
                root.path("standardization").path("std").asDouble());
        int classes = root.path("classes").asInt();
        int rows = root.path("imageShape").path(0).asInt();
        int cols = root.path("imageShape").path(1).asInt();
        try {
            NetworkFormat network = format(kind);
            if (network != null) {
                Object config = Json.mapper().treeToValue(root.get("config"), network.configType(kind));
                return new ImageClassifier(kind, config, network.read(dir, root, descriptor, config, rows, cols,
                        classes), st, classes, rows, cols);
            }
            List<Dense> layers = readLayers(dir, root, descriptor, rows * cols);
            if (kind == ModelKind.FF_MLP) {
                FFConfig config = Json.mapper().treeToValue(root.get("config"), FFConfig.class);
                JsonNode ff = root.path("ff");
                FFNetwork net = new FFNetwork(layers, Goodness.valueOf(ff.path("goodness").asText().toUpperCase()),
                        ff.path("overlayValue").asDouble(), classes, ff.path("skipFirstLayerInPrediction").asBoolean(),
                        RowNorm.valueOf(ff.path("norm").asText("length").toUpperCase()));
                if (ff.has("readout")) {
                    net = net.withReadout(readDense(ff.path("readout"), dir, descriptor, net.readoutFeatureCount(),
                            classes));
                }
                return new ImageClassifier(kind, config, net, st, classes, rows, cols);
            }
            BPConfig config = Json.mapper().treeToValue(root.get("config"), BPConfig.class);
            return new ImageClassifier(kind, config, new BPNetwork(layers), st, classes, rows, cols);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new FflabException(descriptor + ": invalid model description: " + e.getMessage(), e);
        }
    }

    private static List<Dense> readLayers(Path dir, JsonNode root, Path descriptor, int features) {
        JsonNode nodes = root.path("layers");
        if (!nodes.isArray() || nodes.isEmpty()) {
            throw new FflabException(descriptor + ": field layers must list at least one layer");
        }
        List<Dense> layers = new ArrayList<>();
        long expectedIn = features;
        for (int k = 0; k < nodes.size(); k++) {
            JsonNode n = nodes.get(k);
            Path wFile = dir.resolve(text(n, "weights", descriptor));
            Path bFile = dir.resolve(text(n, "bias", descriptor));
            INDArray w = readArray(wFile);
            INDArray b = readArray(bFile);
            if (w.rank() != 2 || w.rows() != expectedIn) {
                throw new FflabException(wFile + ": layer " + (k + 1) + " weights have shape "
                        + Arrays.toString(w.shape()) + ", expected [" + expectedIn + ", width]");
            }
            if (b.length() != w.columns()) {
                throw new FflabException(bFile + ": layer " + (k + 1) + " bias has " + b.length()
                        + " values, expected " + w.columns());
            }
            layers.add(new Dense(w, b.reshape(1, w.columns())));
            expectedIn = w.columns();
        }
        return layers;
    }

    /** Writes a dense layer as {@code prefix.weights.npy} and {@code prefix.bias.npy}; returns its description. */
    public static ObjectNode writeDense(Dense d, String prefix, Path dir) {
        Npy.write(dir.resolve(prefix + ".weights.npy"), d.weights());
        Npy.write(dir.resolve(prefix + ".bias.npy"), d.bias().reshape(d.outputSize()));
        ObjectNode node = Json.mapper().createObjectNode()
                .put("weights", prefix + ".weights.npy")
                .put("bias", prefix + ".bias.npy");
        node.set("shape", Json.mapper().valueToTree(new long[] {d.inputSize(), d.outputSize()}));
        return node;
    }

    /** The dense layer {@code [in, out]} that {@link #writeDense} described in {@code node}. */
    public static Dense readDense(JsonNode node, Path dir, Path descriptor, int in, int out) {
        Path wFile = dir.resolve(text(node, "weights", descriptor));
        INDArray w = readArray(wFile);
        INDArray b = readArray(dir.resolve(text(node, "bias", descriptor)));
        if (w.rank() != 2 || w.rows() != in || w.columns() != out || b.length() != out) {
            throw new FflabException(wFile + ": shape " + Arrays.toString(w.shape()) + ", expected [" + in + ", " + out
                    + "] with " + out + " biases");
        }
        return new Dense(w.dup('c'), b.reshape(1, out).dup('c'));
    }

    /** A .npy file of a model folder; a missing file is a clear error. */
    public static INDArray readArray(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new FflabException("model file missing: " + file);
        }
        return Npy.read(file);
    }

    /** A required string field of a model description. */
    public static String text(JsonNode node, String field, Path file) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new FflabException(file + ": field " + field + " is missing or not a string");
        }
        return v.asText();
    }

    private static List<Dense> layersOf(ImageClassifier model) {
        return model.kind() == ModelKind.FF_MLP ? model.ffNetwork().layers() : model.bpNetwork().layers();
    }

    private static String forwardPassDescription(ModelKind kind) {
        if (kind == ModelKind.FF_MLP) {
            return "x = (pixels/255 - mean) / std, flattened row-major; for each label y: x[0:classes] = 0,"
                    + " x[y] = overlayValue; then for each layer: x = x / (||x|| + lengthNormEpsilon), times sqrt(len(x)) when norm is rms;"
                    + " h = relu(x @ W + b); goodness_k = sum(h^2) (or mean); x = h."
                    + " Predicted label: argmax over y of the goodness summed over layers"
                    + " (from layer 2 when skipFirstLayerInPrediction). With ff.readout: x[0:classes] ="
                    + " overlayValue / classes (the neutral label), features = the normalised h of every predicting"
                    + " layer side by side, p = softmax(features @ W_readout + b_readout), predicted label: argmax p.";
        }
        return "x = (pixels/255 - mean) / std, flattened row-major; h = relu(x @ W + b) for each hidden layer;"
                + " p = softmax(h @ W_out + b_out); predicted label: argmax p.";
    }
}
