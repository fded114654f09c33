package fflab.io;

import java.util.Arrays;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;

/** The NumPy element types {@link Npy} reads and writes, with their ND4J counterparts. */
enum NpyDtype {
    FLOAT32('f', 4, DataType.FLOAT),
    FLOAT64('f', 8, DataType.DOUBLE),
    INT32('i', 4, DataType.INT),
    INT64('i', 8, DataType.LONG);

    final char kind;
    final int itemBytes;
    final DataType nd4j;

    NpyDtype(char kind, int itemBytes, DataType nd4j) {
        this.kind = kind;
        this.itemBytes = itemBytes;
        this.nd4j = nd4j;
    }

    /** The type code without the byte-order character, e.g. {@code f4}. */
    String code() {
        return "" + kind + itemBytes;
    }

    static Optional<NpyDtype> of(DataType type) {
        return Arrays.stream(values()).filter(t -> t.nd4j == type).findFirst();
    }

    static Optional<NpyDtype> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    static String supportedCodes() {
        return Arrays.stream(values()).map(t -> "<" + t.code()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
