package fflab.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.versioncheck.VersionCheck;
import org.nd4j.versioncheck.VersionInfo;

/** What ND4J build and backend this process runs on. */
final class Nd4jFacts {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.nd4j/nd4j-api/pom.properties";

    private Nd4jFacts() {}

    /** The nd4j-api version: its jar's Maven properties (also kept in a shaded jar), else its git properties. */
    static String version() {
        try (InputStream in = Nd4j.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                String version = pom.getProperty("version");
                if (version != null) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the git properties
        }
        return VersionCheck.getVersionInfos().stream()
                .filter(v -> "nd4j-api".equals(v.getArtifactId()))
                .map(VersionInfo::getBuildVersion)
                .findFirst()
                .orElse("unknown");
    }

    /** e.g. "CpuBackend" or "CudaBackend". */
    static String backend() {
        return Nd4j.getBackend().getClass().getSimpleName();
    }

    /** e.g. "OPENBLAS", "MKL", "CUBLAS". */
    static String blasVendor() {
        return String.valueOf(Nd4j.factory().blas().getBlasVendor());
    }

    /** The default floating-point type of new arrays, e.g. "FLOAT". */
    static String dataType() {
        return Nd4j.defaultFloatingPointType().name();
    }
}
