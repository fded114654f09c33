package fflab.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.nn.Dense;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The patch-matrix convolution against ND4J's conv2d and conv2d_bp ops, in double precision. */
class ConvolutionTest {

    @ParameterizedTest(name = "{0} images of {1}x{2}x{3}, {4} filters of {5}x{5}")
    @CsvSource({"3, 6, 5, 2, 4, 3", "2, 7, 7, 1, 3, 5", "2, 4, 4, 3, 2, 1", "1, 5, 5, 2, 2, 7"})
    @DisplayName("forward, kernel, bias and input gradients equal ND4J's convolution ops")
    void matchesNd4jConvolution(int n, int h, int w, int c, int o, int k) {
        MapShape in = new MapShape(h, w, c);
        Dense kernel = Dense.init(k * k * c, o, 11, DataType.DOUBLE);
        INDArray maps = Nd4j.rand(DataType.DOUBLE, n, in.size()).subi(0.5);
        INDArray gradOut = Nd4j.rand(DataType.DOUBLE, (long) n * in.pixels(), o).subi(0.5);
        Nd4jConv reference = new Nd4jConv(maps.reshape(n, h, w, c), kernel.weights().reshape(k, k, c, o),
                kernel.bias().reshape(o));
        reference.backward(gradOut.reshape(n, h, w, o));

        Convolution conv = new Convolution(in, k);
        INDArray z = Nd4j.create(DataType.DOUBLE, (long) n * in.pixels(), o);
        conv.forward(maps, kernel, z);
        INDArray dW = Nd4j.create(DataType.DOUBLE, k * k * c, o);
        INDArray db = Nd4j.create(DataType.DOUBLE, 1, o);
        conv.weightGradient(maps, gradOut, dW, db);
        INDArray dMaps = Nd4j.create(DataType.DOUBLE, n, in.size());
        conv.inputGradient(gradOut, kernel, dMaps);

        assertClose(z, reference.forward().reshape(z.shape()));
        assertClose(dW, reference.kernelGradient().reshape(dW.shape()));
        assertClose(db, reference.biasGradient().reshape(db.shape()));
        assertClose(dMaps, reference.inputGradient().reshape(dMaps.shape()));
    }

    @Test
    @DisplayName("images beyond one chunk give the same result as one chunk")
    void chunksAgree() {
        MapShape in = new MapShape(28, 28, 8);
        int k = 5;
        int n = (int) (Convolution.CHUNK_VALUES / ((long) in.pixels() * k * k * in.channels())) + 3;
        Dense kernel = Dense.init(k * k * in.channels(), 2, 5, DataType.FLOAT);
        INDArray maps = Nd4j.rand(DataType.FLOAT, n, in.size());
        INDArray gradOut = Nd4j.rand(DataType.FLOAT, (long) n * in.pixels(), 2);
        Convolution conv = new Convolution(in, k);
        INDArray z = Nd4j.create(DataType.FLOAT, (long) n * in.pixels(), 2);
        conv.forward(maps, kernel, z);
        INDArray dW = Nd4j.create(DataType.FLOAT, k * k * in.channels(), 2);
        conv.weightGradient(maps, gradOut, dW, Nd4j.create(DataType.FLOAT, 1, 2));

        INDArray last = maps.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n - 1, n),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        INDArray zLast = Nd4j.create(DataType.FLOAT, in.pixels(), 2);
        new Convolution(in, k).forward(last, kernel, zLast);
        assertThat(z.get(org.nd4j.linalg.indexing.NDArrayIndex.interval((long) (n - 1) * in.pixels(),
                (long) n * in.pixels()), org.nd4j.linalg.indexing.NDArrayIndex.all()).equalsWithEps(zLast, 1e-5))
                .isTrue();
        INDArray dWFresh = Nd4j.gemm(patchMatrix(maps, in, k), gradOut, true, false);
        assertThat(dW.equalsWithEps(dWFresh, 1e-2 * dWFresh.maxNumber().doubleValue() * 1e-3)).isTrue();
    }

    @Test
    @DisplayName("even kernels are refused: 'same' padding needs a centre")
    void evenKernelRefused() {
        assertThatThrownBy(() -> new Convolution(new MapShape(5, 5, 1), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd");
    }

    private static INDArray patchMatrix(INDArray maps, MapShape in, int k) {
        INDArray cols = Nd4j.create(maps.dataType(), maps.rows() * in.pixels(), (long) k * k * in.channels());
        new Patches(in, k).extract(maps, 0, (int) maps.rows(), cols);
        return cols;
    }

    static void assertClose(INDArray actual, INDArray expected) {
        double scale = Math.max(1e-12, expected.amaxNumber().doubleValue());
        double error = actual.sub(expected).amaxNumber().doubleValue() / scale;
        assertThat(error).as("largest difference relative to the largest value").isLessThan(1e-10);
    }
}
