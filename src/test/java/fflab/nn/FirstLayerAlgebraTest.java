package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fflab.data.Standardization;
import fflab.testing.SmallModels;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The first layer's shared-image algebra ({@link OverlaidImageInput}) gives the same
 * pre-activations and weight gradients as the straightforward path on materialised overlays, on
 * real MNIST images in float32.
 */
class FirstLayerAlgebraTest {
    private static final int IMAGES = 500;
    private static final INDArray X = Standardization.MNIST.apply(
            SmallModels.mnistSplit().train().head(IMAGES).images());

    @Test
    @DisplayName("overlay algebra equals materialised overlays: full batch")
    void fullBatch() {
        OverlayBasis basis = OverlayBasis.of(X, X.maxNumber().doubleValue(), 10);
        int[] pos = SmallModels.mnistSplit().train().head(IMAGES).labels();
        int[] neg = shifted(pos);
        compare(new OverlaidImageInput(basis, IMAGES, 50, true).load(null, pos, neg),
                new StackedInput(Nd4j.vstack(basis.materialise(pos), basis.materialise(neg))));
    }

    @Test
    @DisplayName("overlay algebra equals materialised overlays: a gathered mini-batch")
    void gatheredBatch() {
        OverlayBasis basis = OverlayBasis.of(X, X.maxNumber().doubleValue(), 10);
        int[] rows = {5, 17, 3, 499, 250, 0, 42};
        int[] labels = SmallModels.mnistSplit().train().head(IMAGES).labels();
        int[] pos = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            pos[i] = labels[rows[i]];
        }
        int[] neg = shifted(pos);
        INDArray materialisedPos = Nd4j.pullRows(basis.materialise(labelsAt(labels, rows, pos)), 1, rows);
        INDArray materialisedNeg = Nd4j.pullRows(basis.materialise(labelsAt(labels, rows, neg)), 1, rows);
        compare(new OverlaidImageInput(basis, rows.length, 50, false).load(rows, pos, neg),
                new StackedInput(Nd4j.vstack(materialisedPos, materialisedNeg)));
    }

    @Test
    @DisplayName("every overlaid row has unit length (up to the 1e-4 guard), whatever the label")
    void overlaysAreNormalised() {
        OverlayBasis basis = OverlayBasis.of(X, 2.8, 10);
        for (int label = 0; label < 10; label++) {
            int[] labels = new int[IMAGES];
            java.util.Arrays.fill(labels, label);
            double[] norms = basis.materialise(labels).norm2(1).toDoubleVector();
            for (double n : norms) {
                assertThat(n).isCloseTo(1.0, within(1e-3));
            }
        }
    }

    private static void compare(LayerInput fast, LayerInput reference) {
        Dense dense = Dense.init(784, 50, 11, DataType.FLOAT);
        int rows = fast.rows();
        INDArray zFast = Nd4j.create(DataType.FLOAT, rows, 50);
        INDArray zRef = Nd4j.create(DataType.FLOAT, rows, 50);
        fast.preActivation(dense, zFast);
        reference.preActivation(dense, zRef);
        assertThat(maxAbsDiff(zFast, zRef)).as("pre-activations").isLessThan(1e-5);

        INDArray dZ = Nd4j.rand(DataType.FLOAT, rows, 50).subi(0.5);
        INDArray dFast = Nd4j.create(DataType.FLOAT, 785, 50);
        INDArray dRef = Nd4j.create(DataType.FLOAT, 785, 50);
        fast.parameterGradient(dense, dZ.dup(), dFast);
        reference.parameterGradient(dense, dZ.dup(), dRef);
        double scale = dRef.amaxNumber().doubleValue();
        assertThat(maxAbsDiff(dFast, dRef) / scale).as("[dW; db], relative to its largest entry").isLessThan(1e-5);
    }

    private static double maxAbsDiff(INDArray a, INDArray b) {
        return a.sub(b).amaxNumber().doubleValue();
    }

    private static int[] shifted(int[] labels) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = (labels[i] + 1 + i % 9) % 10;
        }
        return out;
    }

    /** A full-length label array with {@code values} at positions {@code rows}. */
    private static int[] labelsAt(int[] base, int[] rows, int[] values) {
        int[] out = base.clone();
        for (int i = 0; i < rows.length; i++) {
            out[rows[i]] = values[i];
        }
        return out;
    }
}
