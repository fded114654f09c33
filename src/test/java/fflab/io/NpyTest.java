package fflab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

@DisplayName("NumPy .npy files")
class NpyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(NpyDtype.class)
    void roundTripsEveryTypeIn1d2dAnd3d(NpyDtype dtype) {
        for (long[] shape : new long[][] {{7}, {2, 3}, {2, 3, 4}}) {
            INDArray original = Nd4j.rand(DataType.DOUBLE, shape).muli(1000).subi(500).castTo(dtype.nd4j);
            Path file = dir.resolve(dtype + "-" + shape.length + "d.npy");
            Npy.write(file, original);
            INDArray read = Npy.read(file);
            assertThat(read.dataType()).isEqualTo(dtype.nd4j);
            assertThat(read.shape()).containsExactly(shape);
            assertThat(read).isEqualTo(original);
        }
    }

    @Test
    void keepsFloatBitsExactly() {
        float[] values = {0.1f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.NEGATIVE_INFINITY, 1f / 3};
        Path file = dir.resolve("bits.npy");
        Npy.write(file, Nd4j.createFromArray(values));
        float[] read = Npy.read(file).toFloatVector();
        for (int i = 0; i < values.length; i++) {
            assertThat(Float.floatToRawIntBits(read[i])).as("element %d", i).isEqualTo(Float.floatToRawIntBits(values[i]));
        }
    }

    @Test
    void writesViewsAndFortranOrderedArraysInCOrder() {
        INDArray matrix = Nd4j.arange(12).castTo(DataType.FLOAT).reshape(3, 4);
        INDArray column = matrix.getColumn(2);
        INDArray transposed = matrix.transpose();
        INDArray fortran = matrix.dup('f');
        for (INDArray a : new INDArray[] {column, transposed, fortran}) {
            Path file = dir.resolve("view.npy");
            Npy.write(file, a);
            INDArray read = Npy.read(file);
            assertThat(read.ordering()).isEqualTo('c');
            assertThat(read).isEqualTo(a);
        }
    }

    @Test
    void scalarsAndEmptyArrays() throws IOException {
        Path scalar = dir.resolve("scalar.npy");
        Npy.write(scalar, Nd4j.scalar(2.5));
        assertThat(header(scalar)).startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (), }");
        assertThat(Npy.read(scalar).getDouble(0)).isEqualTo(2.5);

        Path empty = dir.resolve("empty.npy");
        Npy.write(empty, Nd4j.create(DataType.FLOAT, 0, 3));
        assertThat(Files.size(empty)).isEqualTo(128); // header only: 10 + 59 + padding + newline
        assertThat(Npy.read(empty).shape()).containsExactly(0, 3);
    }

    @Test
    void headerFollowsTheNumpyFormatSpec() throws IOException {
        Path file = dir.resolve("spec.npy");
        Npy.write(file, Nd4j.createFromArray(new float[][] {{1, 2, 3}, {4, 5, 6}}));
        byte[] bytes = Files.readAllBytes(file);

        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0);
        int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        int dataStart = 10 + headerLength;
        assertThat(dataStart % 64).isZero();
        String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        assertThat(header).isEqualTo(dict + " ".repeat(headerLength - dict.length() - 1) + "\n");
        assertThat(bytes).hasSize(dataStart + 6 * 4);
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, 24).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 1; i <= 6; i++) {
            assertThat(data.getFloat()).isEqualTo(i);
        }
    }

    @Test
    void oneDimensionalShapeUsesPythonTupleSyntax() throws IOException {
        Path file = dir.resolve("vector.npy");
        Npy.write(file, Nd4j.createFromArray(1, 2, 3));
        assertThat(header(file)).startsWith("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }");
    }

    @Test
    void readsFortranOrderAndBigEndianFiles() throws IOException {
        // what numpy.save writes for np.asfortranarray(np.arange(6, dtype='>f8').reshape(2, 3))
        Path file = dir.resolve("fortran-be.npy");
        ByteBuffer data = ByteBuffer.allocate(48).order(ByteOrder.BIG_ENDIAN);
        for (double v : new double[] {0, 3, 1, 4, 2, 5}) {
            data.putDouble(v);
        }
        Files.write(file, concat(handMadeHeader("{'descr': '>f8', 'fortran_order': True, 'shape': (2, 3), }"), data.array()));
        INDArray read = Npy.read(file);
        assertThat(read).isEqualTo(Nd4j.arange(6).castTo(DataType.DOUBLE).reshape(2, 3));
    }

    @Test
    void rejectsFilesThatAreNotNpy() throws IOException {
        Path file = dir.resolve("text.npy");
        Files.writeString(file, "hello, world");
        assertThatThrownBy(() -> Npy.read(file)).isInstanceOf(FflabException.class)
                .hasMessage(file + " is not a .npy file (it does not start with \\x93NUMPY)");
        Files.writeString(file, "hi");
        assertThatThrownBy(() -> Npy.read(file)).isInstanceOf(FflabException.class).hasMessageContaining("not a .npy file");
    }

    @Test
    void rejectsUnsupportedDtypes() throws IOException {
        Path file = dir.resolve("complex.npy");
        Files.write(file, concat(handMadeHeader("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }"), new byte[16]));
        assertThatThrownBy(() -> Npy.read(file)).isInstanceOf(FflabException.class)
                .hasMessageContaining("unsupported dtype '<c16'").hasMessageContaining("<f4, <f8, <i4, <i8");
        assertThatThrownBy(() -> Npy.write(dir.resolve("x.npy"), Nd4j.create(DataType.HALF, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsShortData() throws IOException {
        Path file = dir.resolve("short.npy");
        Npy.write(file, Nd4j.create(DataType.FLOAT, 10, 10));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 4));
        assertThatThrownBy(() -> Npy.read(file)).isInstanceOf(FflabException.class)
                .hasMessage(file + " is truncated: shape (10, 10) of 'f4' needs 400 data bytes, the file has 396");
        Files.write(file, Arrays.copyOf(whole, 30));
        assertThatThrownBy(() -> Npy.read(file)).isInstanceOf(FflabException.class).hasMessageContaining("inside the .npy header");
    }

    @Test
    void missingFileIsAUserError() {
        assertThatThrownBy(() -> Npy.read(dir.resolve("nope.npy"))).isInstanceOf(FflabException.class)
                .hasMessageContaining("no such file");
    }

    private static String header(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int length = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        return new String(bytes, 10, length, StandardCharsets.ISO_8859_1);
    }

    private static byte[] handMadeHeader(String dict) {
        String header = dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n";
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyHeader.MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        return b.put(header.getBytes(StandardCharsets.ISO_8859_1)).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
