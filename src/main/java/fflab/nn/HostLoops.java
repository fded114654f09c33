package fflab.nn;

import java.util.stream.IntStream;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Element-wise host loops split over the cores ND4J may use, for arrays large enough that one
 * thread is slower than the split. Each element is computed by exactly one chunk in the same way,
 * so the result does not depend on the number of threads.
 */
public final class HostLoops {
    /** Below this many elements one thread does the loop: splitting costs more than it gains. */
    static final int PARALLEL_FROM = 1 << 18;

    /** A loop body over elements {@code from..to-1}. */
    public interface Range {
        void run(int from, int to);
    }

    /** A loop body over a chunk of elements starting at {@code from}, with two scratch arrays of the chunk's length. */
    interface Chunk {
        void run(int from, float[] first, float[] second);
    }

    /** Elements per chunk of {@link #forChunks}: scratch arrays stay in the L1/L2 cache. */
    static final int CHUNK = 4096;

    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(
            () -> new float[][] {new float[CHUNK], new float[CHUNK]});

    private HostLoops() {}

    /**
     * Runs {@code body} over consecutive chunks of at most {@link #CHUNK} of {@code n} elements,
     * split over threads as {@link #forRange}; the scratch arrays have exactly the chunk's length.
     */
    static void forChunks(int n, Chunk body) {
        forRange(n, (from, to) -> {
            float[][] scratch = SCRATCH.get();
            for (int start = from; start < to; start += CHUNK) {
                int len = Math.min(CHUNK, to - start);
                if (len == CHUNK) {
                    body.run(start, scratch[0], scratch[1]);
                } else {
                    body.run(start, new float[len], new float[len]);
                }
            }
        });
    }

    /** As {@link #forRange(int, Range)} over {@code n} items of {@code itemSize} elements each. */
    public static void forRange(int n, int itemSize, Range body) {
        int threads = Math.max(1, Nd4j.getEnvironment().maxMasterThreads());
        if ((long) n * itemSize < PARALLEL_FROM || threads == 1 || n < threads) {
            body.run(0, n);
            return;
        }
        split(n, threads, body);
    }

    static void forRange(int n, Range body) {
        forRange(n, 1, body);
    }

    private static void split(int n, int threads, Range body) {
        IntStream.range(0, threads).parallel().forEach(c ->
                body.run((int) ((long) n * c / threads), (int) ((long) n * (c + 1) / threads)));
    }
}
