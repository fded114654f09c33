package fflab.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Environment provenance")
class EnvironmentInfoTest {
    @Test
    void capturesNd4jJavaAndHost() {
        EnvironmentInfo info = EnvironmentInfo.capture();
        assertThat(info.nd4jVersion()).isEqualTo("1.0.0-M2.1");
        assertThat(info.nd4jBackend()).endsWith("Backend");
        assertThat(info.blasVendor()).isNotBlank().isNotEqualTo("null");
        assertThat(info.dataType()).isEqualTo("FLOAT");
        assertThat(info.nd4jThreads()).isPositive();
        assertThat(info.blasThreads()).isPositive();
        assertThat(info.javaVersion()).startsWith(Integer.toString(Runtime.version().feature()));
        assertThat(info.availableProcessors()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(info.maxHeapBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(info.cpuModel()).isNotBlank();
        assertThat(info.gpu()).isNotBlank();
        assertThat(info.hostname()).isNotBlank();
        assertThat(info.fflabVersion()).isNotBlank();
    }

    @Test
    void gitStateIsTheBuilds() {
        EnvironmentInfo info = EnvironmentInfo.capture();
        assertThat(info.gitCommit()).isEqualTo(BuildInfo.git().commit());
        assertThat(info.gitDirty()).isEqualTo(BuildInfo.git().dirty());
        assertThat(info.gitCommit()).matches("[0-9a-f]{40}|unknown");
    }

    @Test
    void outsideACheckoutTheCommitIsUnknown(@TempDir Path dir) {
        EnvironmentInfo info = EnvironmentInfo.capture(dir);
        assertThat(info.gitCommit()).isEqualTo("unknown");
        assertThat(info.gitDirty()).isFalse();
    }

    @Test
    void threadCountsAreReadAtEachCapture() {
        try {
            Threads.configure(1);
            assertThat(EnvironmentInfo.capture().nd4jThreads()).isEqualTo(1);
            assertThat(EnvironmentInfo.capture().blasThreads()).isEqualTo(1);
        } finally {
            Threads.configure(0);
        }
    }

    @Test
    void asMapListsEveryFieldInOrder() {
        EnvironmentInfo info = EnvironmentInfo.capture();
        String[] names = Arrays.stream(EnvironmentInfo.class.getRecordComponents()).map(RecordComponent::getName)
                .toArray(String[]::new);
        assertThat(info.asMap().keySet()).containsExactly(names);
        assertThat(info.asMap()).containsEntry("nd4jVersion", info.nd4jVersion())
                .containsEntry("gitDirty", info.gitDirty())
                .containsEntry("maxHeapBytes", info.maxHeapBytes());
    }
}
