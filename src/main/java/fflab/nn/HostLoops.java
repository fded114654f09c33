package fflab.nn;

import java.util.stream.IntStream;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Element-wise host loops split over the cores ND4J may use, for arrays large enough that one
 * thread is slower than the split. Each element is computed by exactly one chunk in the same way,
 * so the result does not depend on the number of threads.
 */
final class HostLoops {
    /** Below this many elements one thread does the loop: splitting costs more than it gains. */
    static final int PARALLEL_FROM = 1 << 18;

    /** A loop body over elements {@code from..to-1}. */
    interface Range {
        void run(int from, int to);
    }

    private HostLoops() {}

    static void forRange(int n, Range body) {
        int threads = Math.max(1, Nd4j.getEnvironment().maxMasterThreads());
        if (n < PARALLEL_FROM || threads == 1) {
            body.run(0, n);
            return;
        }
        IntStream.range(0, threads).parallel().forEach(c ->
                body.run((int) ((long) n * c / threads), (int) ((long) n * (c + 1) / threads)));
    }
}
