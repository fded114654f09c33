package fflab.provenance;

import fflab.FflabVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything about where and how a run ran. What is slow to find out or cannot change (versions,
 * hardware, host, the build's git commit) is captured once per process; thread counts and the
 * data type are read on every {@link #capture()}, since they can change while the process runs.
 */
public record EnvironmentInfo(String fflabVersion, String gitCommit, boolean gitDirty, String javaVersion,
        String javaVendor, String jvmName, String nd4jVersion, String nd4jBackend, String blasVendor, int nd4jThreads,
        int blasThreads, String cpuModel, int availableProcessors, long maxHeapBytes, String os,
        String gpu /* "none" when absent */, String hostname, String dataType) {

    /** Captures the environment, with the git state of the fflab build that runs ({@link BuildInfo}). */
    public static EnvironmentInfo capture() {
        return capture(BuildInfo.git());
    }

    /** Captures the environment, with the git state of {@code repository}. */
    public static EnvironmentInfo capture(Path repository) {
        return capture(GitInfo.read(repository));
    }

    private static EnvironmentInfo capture(GitInfo.GitState git) {
        Fixed f = Fixed.INSTANCE;
        return new EnvironmentInfo(f.fflabVersion, git.commit(), git.dirty(), f.javaVersion, f.javaVendor, f.jvmName,
                f.nd4jVersion, f.nd4jBackend, f.blasVendor, Threads.current(), Threads.blas(), f.cpuModel,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), f.os, f.gpu, f.hostname,
                Nd4jFacts.dataType());
    }

    /** The fields by name, in declaration order (for JSON and the info command). */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : EnvironmentInfo.class.getRecordComponents()) {
            try {
                map.put(component.getName(), component.getAccessor().invoke(this));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The facts read once, on first use (lazy holder: nvidia-smi and ND4J start-up only when needed). */
    private static final class Fixed {
        static final Fixed INSTANCE = new Fixed();

        final String fflabVersion = FflabVersion.get();
        final String javaVersion = Runtime.version().toString();
        final String javaVendor = System.getProperty("java.vendor");
        final String jvmName = System.getProperty("java.vm.name");
        final String nd4jVersion = Nd4jFacts.version();
        final String nd4jBackend = Nd4jFacts.backend();
        final String blasVendor = Nd4jFacts.blasVendor();
        final String cpuModel = HostFacts.cpuModel();
        final String os = HostFacts.os();
        final String gpu = HostFacts.gpu();
        final String hostname = HostFacts.hostname();
    }
}
