package fflab.provenance;

import fflab.FflabException;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many threads ND4J's own loops, OpenMP and the BLAS may use, changed at run time.
 *
 * <p>ND4J 1.0.0-M2.1 facts: libnd4j's CPU loops take their thread count from
 * {@code Environment.maxMasterThreads()}, which {@code setMaxMasterThreads} changes but caps at
 * {@code maxThreads()}, the pool size fixed at start-up (cores, or {@code OMP_NUM_THREADS});
 * {@code Environment.setMaxThreads} is a no-op in this version. OpenBLAS has its own count
 * ({@code blas_set_num_threads}, via {@code Nd4j.factory().blas()}).
 */
public final class Threads {
    private Threads() {}

    /** Uses {@code threads} threads everywhere; 0 means all available cores. */
    public static synchronized void configure(int threads) {
        if (threads < 0) {
            throw new FflabException("threads must be 0 (all cores) or more, got " + threads);
        }
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        Environment env = Nd4j.getEnvironment();
        env.setMaxThreads(n); // ignored by M2.1, honoured by later libnd4j versions
        env.setMaxMasterThreads(n);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /** Threads ND4J's own (non-BLAS) operations use. */
    public static int current() {
        return Nd4j.getEnvironment().maxMasterThreads();
    }

    /** Threads the BLAS library (OpenBLAS on the CPU) uses for matrix multiplies. */
    public static int blas() {
        return Nd4j.factory().blas().getMaxThreads();
    }
}
