package fflab.data;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.concurrency.AffinityManager.Location;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk access to the host memory of contiguous float arrays. Filling an array through its buffer is
 * an order of magnitude faster than {@code Nd4j.create(float[])}, which copies twice. The location
 * calls keep GPU backends in sync; on the CPU backend they do nothing.
 */
public final class HostBuffers {
    private HostBuffers() {
    }

    /** The host data of a contiguous FLOAT array, current for reading. */
    public static FloatBuffer forReading(INDArray array) {
        Nd4j.getAffinityManager().ensureLocation(array, Location.HOST);
        return array.data().asNioFloat();
    }

    /** The host data of a contiguous FLOAT array that is about to be overwritten; call {@link #written} after. */
    public static FloatBuffer forWriting(INDArray array) {
        return array.data().asNioFloat();
    }

    public static void written(INDArray array) {
        Nd4j.getAffinityManager().tagLocation(array, Location.HOST);
    }
}
