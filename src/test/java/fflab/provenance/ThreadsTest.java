package fflab.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fflab.FflabException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

@DisplayName("Thread configuration")
class ThreadsTest {
    @AfterEach
    void backToAllCores() {
        Threads.configure(0);
    }

    @Test
    void oneThreadEverywhere() {
        Threads.configure(1);
        assertThat(Threads.current()).isEqualTo(1);
        assertThat(Nd4j.getEnvironment().maxMasterThreads()).isEqualTo(1);
        assertThat(Threads.blas()).isEqualTo(1);
        assertThat(NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads()).isEqualTo(1);
        assertThat(Nd4j.getExecutioner().getEnvironmentInformation())
                .containsEntry("blas.threads", 1).containsEntry("omp.threads", 1);
    }

    @Test
    void zeroMeansAllCoresUpToTheNd4jPool() {
        Threads.configure(1);
        Threads.configure(0);
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(Threads.current()).isEqualTo(Math.min(cores, Nd4j.getEnvironment().maxThreads()));
        assertThat(Threads.blas()).isEqualTo(cores);
    }

    @Test
    void negativeIsAUserError() {
        assertThatThrownBy(() -> Threads.configure(-1)).isInstanceOf(FflabException.class).hasMessageContaining("-1");
    }
}
