package fflab.cnn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fflab.FflabException;
import fflab.io.Json;
import fflab.io.Npy;
import fflab.model.ModelKind;
import fflab.model.ModelStore;
import fflab.model.NetworkFormat;
import fflab.nn.Dense;
import fflab.predict.Predictor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The convolutional part of a saved model ({@link ModelStore} writes the rest of
 * {@code model.json}): kernels as 4-D HWIO {@code .npy} arrays {@code [k, k, C_in, C_out]} with
 * their shapes in {@code model.json}, the BP head or FF readout as {@code [features, classes]},
 * and for FF the label patterns {@code [classes, height, width]}, so that the folder alone
 * (with NumPy) reproduces the forward pass.
 */
public final class CnnModelFiles implements NetworkFormat {
    public static final String LAYOUT = "maps NHWC (one row per image: height x width x channels, channels fastest);"
            + " kernels HWIO [k, k, C_in, C_out]; stride 1, 'same' zero padding";

    @Override
    public Set<ModelKind> kinds() {
        return Set.of(ModelKind.FF_CNN, ModelKind.BP_CNN);
    }

    @Override
    public Class<?> configType(ModelKind kind) {
        return kind == ModelKind.FF_CNN ? FFCnnConfig.class : BPCnnConfig.class;
    }

    @Override
    public void write(Predictor network, Path dir, ObjectNode root) {
        root.put("layout", LAYOUT);
        if (network instanceof FFConvNetwork ff) {
            writeKernels(ff.stack(), ff.kernels(), ff.image(), dir, root);
            LabelPatterns p = ff.patterns();
            Npy.write(dir.resolve("label-patterns.npy"), p.matrix(ff.kernels().get(0).weights().dataType())
                    .reshape(p.classes(), p.height(), p.width()));
            ObjectNode node = root.putObject("ff")
                    .put("goodness", lower(ff.goodness()))
                    .put("labelPatterns", "label-patterns.npy")
                    .put("patternFamily", lower(p.family()))
                    .put("blend", lower(p.blend()))
                    .put("labelIntensity", p.intensity())
                    .put("rule", lower(ff.rule()))
                    .put("skipFirstLayerInPrediction", ff.skipFirstLayerInPrediction());
            if (ff.readout() != null) {
                node.set("readout", ModelStore.writeDense(ff.readout(), "readout", dir));
            }
            root.put("forwardPass", FF_FORWARD);
        } else {
            BPConvNetwork bp = (BPConvNetwork) network;
            writeKernels(bp.stack(), bp.kernels(), bp.image(), dir, root);
            root.set("head", ModelStore.writeDense(bp.head(), "head", dir).put("activation", "softmax"));
            root.put("forwardPass", BP_FORWARD);
        }
    }

    @Override
    public Predictor read(Path dir, JsonNode root, Path descriptor, Object config, int rows, int cols,
                                 int classes) {
        MapShape image = new MapShape(rows, cols, 1);
        if (config instanceof FFCnnConfig c) {
            ConvStack stack = c.stack();
            List<Dense> kernels = readKernels(stack, image, dir, root, descriptor);
            JsonNode ff = root.path("ff");
            INDArray stored = ModelStore.readArray(dir.resolve(ModelStore.text(ff, "labelPatterns", descriptor)));
            if (stored.rank() != 3 || stored.size(0) != classes || stored.size(1) != rows || stored.size(2) != cols) {
                throw new FflabException(descriptor + ": label patterns have shape " + Arrays.toString(stored.shape())
                        + ", expected [" + classes + ", " + rows + ", " + cols + "]");
            }
            double[][] patterns = stored.reshape(classes, (long) rows * cols).toDoubleMatrix();
            LabelPatterns p = LabelPatterns.stored(c.patterns(), c.blend(), c.labelIntensity(), rows, cols, patterns);
            Dense readout = ff.has("readout") ? ModelStore.readDense(ff.path("readout"), dir, descriptor,
                    new FFConvNetwork(stack, kernels, image, p, c.goodness(), c.rule(), c.skipFirstLayerInPrediction(), null)
                            .readoutFeatureCount(), classes) : null;
            return new FFConvNetwork(stack, kernels, image, p, c.goodness(), c.rule(), c.skipFirstLayerInPrediction(),
                    readout);
        }
        BPCnnConfig c = (BPCnnConfig) config;
        ConvStack stack = c.stack();
        List<Dense> kernels = readKernels(stack, image, dir, root, descriptor);
        Dense head = ModelStore.readDense(root.path("head"), dir, descriptor,
                stack.outputShape(stack.layers() - 1, image).size(), classes);
        return new BPConvNetwork(stack, kernels, head, image);
    }

    private static void writeKernels(ConvStack stack, List<Dense> kernels, MapShape image, Path dir, ObjectNode root) {
        ArrayNode layers = root.putArray("layers");
        for (int k = 0; k < kernels.size(); k++) {
            int in = stack.inputShape(k, image).channels();
            int out = kernels.get(k).outputSize();
            String prefix = "conv" + (k + 1);
            Npy.write(dir.resolve(prefix + ".weights.npy"),
                    kernels.get(k).weights().reshape(stack.kernel(), stack.kernel(), in, out));
            Npy.write(dir.resolve(prefix + ".bias.npy"), kernels.get(k).bias().reshape(out));
            boolean last = k == kernels.size() - 1;
            layers.addObject()
                    .put("type", "conv")
                    .put("weights", prefix + ".weights.npy")
                    .put("bias", prefix + ".bias.npy")
                    .put("inputNorm", lower(stack.norm()))
                    .put("activation", "relu")
                    .put("poolingAfter", last ? "none" : lower(stack.pooling()))
                    .set("shape", Json.mapper().valueToTree(new long[] {stack.kernel(), stack.kernel(), in, out}));
        }
    }

    private static List<Dense> readKernels(ConvStack stack, MapShape image, Path dir, JsonNode root, Path descriptor) {
        JsonNode nodes = root.path("layers");
        if (!nodes.isArray() || nodes.size() != stack.layers()) {
            throw new FflabException(descriptor + ": field layers must list " + stack.layers() + " layers");
        }
        List<Dense> kernels = new ArrayList<>();
        for (int k = 0; k < stack.layers(); k++) {
            JsonNode n = nodes.get(k);
            Path wFile = dir.resolve(ModelStore.text(n, "weights", descriptor));
            Path bFile = dir.resolve(ModelStore.text(n, "bias", descriptor));
            INDArray w = ModelStore.readArray(wFile);
            INDArray b = ModelStore.readArray(bFile);
            long[] expected = {stack.kernel(), stack.kernel(), stack.inputShape(k, image).channels(),
                    stack.filters().get(k)};
            if (!Arrays.equals(w.shape(), expected)) {
                throw new FflabException(wFile + ": layer " + (k + 1) + " kernel has shape " + Arrays.toString(w.shape())
                        + ", expected " + Arrays.toString(expected));
            }
            if (b.length() != expected[3]) {
                throw new FflabException(bFile + ": layer " + (k + 1) + " bias has " + b.length() + " values, expected "
                        + expected[3]);
            }
            kernels.add(new Dense(w.reshape(expected[0] * expected[1] * expected[2], expected[3]).dup('c'),
                    b.reshape(1, expected[3]).dup('c')));
        }
        return kernels;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static final String CONV_LAYERS = "x = (pixels/255 - mean) / std as a [height, width, 1] map; for each"
            + " conv layer: x = layer norm of x over all its values ((x - mean) / sqrt(var + 1e-5)) or length norm"
            + " (x sqrt(D) / (||x|| + 1e-4)), per inputNorm; h = relu(conv2d(x, W, 'same') + b); goodness_k ="
            + " mean (or sum) of h^2; x = maxpool2x2(h) when poolingAfter is max, else h.";
    private static final String FF_FORWARD = "For each label y: x = x0 + K p_y (blend add) or (1 - K) x0 + K p_y"
            + " (blend mix), p_y = label-patterns.npy[y]; then " + CONV_LAYERS + " Predicted label: argmax over y of"
            + " the goodness summed over layers (from layer 2 when skipFirstLayerInPrediction). With a readout:"
            + " x0 blended with the mean pattern, features = the normalised inputs of layers 2.. (of 3.. when"
            + " skipFirstLayerInPrediction) and the normalised last map, concatenated; p = softmax(features @ W + b)."
            + " With rule channel-wise: x = x0 for every label (no pattern, one pass), and the goodness of label y"
            + " is that of channels [y F / classes, (y + 1) F / classes) of each layer's F-channel map.";
    private static final String BP_FORWARD = CONV_LAYERS + " p = softmax(flatten(h_last) @ W_head + b_head);"
            + " predicted label: argmax p.";
}
