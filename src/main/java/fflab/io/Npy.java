package fflab.io;

import fflab.FflabException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J arrays as NumPy {@code .npy} files (format 1.0, little-endian, C order), readable with
 * {@code numpy.load}. Supports float32, float64, int32 and int64. Reading also accepts format
 * 2.0/3.0, big-endian data and Fortran order (returned as an 'f'-ordered ND4J array).
 */
public final class Npy {
    private static final int CHUNK_BYTES = 1 << 20; // a multiple of every item size

    private Npy() {}

    /** Writes {@code array} atomically. */
    public static void write(Path target, INDArray array) {
        NpyDtype dtype = NpyDtype.of(array.dataType()).orElseThrow(() -> new IllegalArgumentException(
                "cannot write " + array.dataType() + " arrays as .npy (supported: " + NpyDtype.supportedCodes() + ")"));
        NpyHeader header = new NpyHeader(dtype, ByteOrder.LITTLE_ENDIAN, false, array.shape());
        INDArray data = array.isEmpty() ? null : contiguousC(array);
        AtomicFiles.write(target, out -> {
            out.write(header.encode());
            if (data != null) {
                writeData(data, dtype, out);
            }
        });
    }

    /** Reads a .npy file into a new array of the file's type and shape. */
    public static INDArray read(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader header = NpyHeader.read(in, file);
            long needed = header.dataBytes();
            long present = in.size() - in.position();
            if (present < needed) {
                throw new FflabException(file + " is truncated: shape " + header.shapeTuple() + " of '"
                        + header.dtype().code() + "' needs " + needed + " data bytes, the file has " + present);
            }
            if (needed > Integer.MAX_VALUE) {
                throw new FflabException(file + ": arrays over 2 GiB are not supported (" + needed + " bytes)");
            }
            INDArray array = Nd4j.create(header.dtype().nd4j, header.shape(), header.fortranOrder() ? 'f' : 'c');
            if (needed > 0) {
                readData(in, array, (int) needed, header);
            }
            return array;
        } catch (IOException e) {
            throw IoErrors.reading(file, e);
        }
    }

    /** The array itself when its buffer already holds exactly its elements in C order, else a copy. */
    private static INDArray contiguousC(INDArray array) {
        boolean plain = array.ordering() == 'c' && Shape.hasDefaultStridesForShape(array)
                && array.offset() == 0 && array.data().length() == array.length();
        return plain ? array : array.dup('c');
    }

    private static void writeData(INDArray array, NpyDtype dtype, OutputStream out) throws IOException {
        ByteBuffer source = array.data().asNio().order(ByteOrder.nativeOrder());
        source.limit(Math.toIntExact(array.length() * dtype.itemBytes));
        byte[] chunk = new byte[CHUNK_BYTES];
        while (source.hasRemaining()) {
            int n = Math.min(chunk.length, source.remaining());
            source.get(chunk, 0, n);
            if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
                reverseEachItem(ByteBuffer.wrap(chunk, 0, n), dtype.itemBytes);
            }
            out.write(chunk, 0, n);
        }
    }

    /** Reads straight into the array's native buffer: no intermediate Java copy of large data. */
    private static void readData(FileChannel in, INDArray array, int bytes, NpyHeader header) throws IOException {
        ByteBuffer target = array.data().asNio();
        target.clear().limit(bytes);
        while (target.hasRemaining()) {
            if (in.read(target) < 0) {
                throw new IOException("file ended inside the data");
            }
        }
        if (header.byteOrder() != ByteOrder.nativeOrder()) {
            reverseEachItem(target.flip(), header.dtype().itemBytes);
        }
    }

    /** Converts between byte orders in place, item by item, from position to limit. */
    private static void reverseEachItem(ByteBuffer bytes, int itemBytes) {
        for (int item = bytes.position(); item + itemBytes <= bytes.limit(); item += itemBytes) {
            for (int i = 0, j = itemBytes - 1; i < j; i++, j--) {
                byte b = bytes.get(item + i);
                bytes.put(item + i, bytes.get(item + j));
                bytes.put(item + j, b);
            }
        }
    }
}
