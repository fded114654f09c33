package fflab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Host access keeps its array allocated: ND4J frees an array's native memory once the array is
 * collected, and a {@link HostValues} over a temporary ({@code HostValues.of(layer.preActivation(x))}) is
 * the only thing holding it. Before the fix, a collection mid-pass freed such a buffer under its reader
 * (above the 4 MiB mmap threshold the pages were unmapped: the JVM died of a SIGSEGV in an array copy).
 */
@DisplayName("Host values keep their array alive")
class HostValuesLifetimeTest {
    private static final int VALUES = 1 << 21; // 8 MB of floats: above the mmap threshold the tests run with

    @Test
    @DisplayName("values of an unreferenced temporary survive collections and new allocations")
    void temporarySurvivesCollection() throws InterruptedException {
        HostValues values = HostValues.of(Nd4j.valueArrayOf(new long[] {VALUES}, 3.0f, DataType.FLOAT));
        for (int round = 0; round < 5; round++) {
            System.gc();
            Thread.sleep(50); // ND4J's deallocator runs on its own thread
            Nd4j.valueArrayOf(new long[] {VALUES}, 7.0f, DataType.FLOAT); // would reuse freed memory
        }
        float[] row = new float[VALUES];
        values.read(0, row, VALUES);
        for (int i = 0; i < VALUES; i += 4096) {
            assertThat(row[i]).as("value %d", i).isEqualTo(3.0f);
        }
        assertThat(values.get(VALUES - 1)).isEqualTo(3.0);
    }
}
