package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fflab.data.Standardization;
import fflab.nn.Dense;
import fflab.nn.Goodness;
import fflab.nn.RowNorm;
import fflab.testing.SmallModels;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * FF prediction's fused, chunked path ({@link FFNetwork#labelGoodness}: shared first-layer product, host
 * passes, buffers reused across chunks and a shorter last chunk) gives every layer's goodness of every
 * label as the plain path does: overlay the label, normalise, multiply, ReLU, sum of squares, layer by
 * layer with ND4J ops. Real MNIST images, enough of them for two chunks.
 */
@DisplayName("FF label goodness in chunks")
class LabelGoodnessChunksTest {
    private static final int IMAGES = 2_000;
    private static final int CLASSES = 10;

    @Test
    @DisplayName("equals the materialised overlays, layer by layer, for both norms")
    void matchesMaterialisedOverlays() {
        INDArray images = Standardization.MNIST.apply(SmallModels.mnistSplit().test().head(IMAGES).images());
        double overlay = images.maxNumber().doubleValue();
        for (RowNorm norm : RowNorm.values()) {
            // 784-400-300: chunks of 1,048 images, so 2,000 images are a full chunk and a shorter one
            List<Dense> layers = List.of(Dense.init(784, 400, 11, DataType.FLOAT), Dense.init(400, 300, 12, DataType.FLOAT));
            FFNetwork network = new FFNetwork(layers, Goodness.SUM, overlay, CLASSES, false, norm);
            LabelGoodness fused = network.labelGoodness(images);
            for (int label = 0; label < CLASSES; label++) {
                INDArray x = images.dup('c');
                x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, CLASSES)).assign(0);
                x.get(NDArrayIndex.all(), NDArrayIndex.point(label)).assign(overlay);
                norm.normaliseRows(x, x);
                for (int k = 0; k < layers.size(); k++) {
                    INDArray h = Transforms.relu(layers.get(k).preActivation(x), false);
                    double[] goodness = h.mul(h).sum(1).toDoubleVector();
                    for (int i = 0; i < IMAGES; i++) {
                        double expected = goodness[i];
                        assertThat((double) fused.get(k, i, label))
                                .as("%s norm, layer %d, image %d, label %d", norm, k, i, label)
                                .isCloseTo(expected, within(1e-4 * (1 + expected)));
                    }
                    x = norm.normaliseRows(h);
                }
            }
        }
    }
}
