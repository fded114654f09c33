package fflab.experiment.sweep;

import fflab.FflabException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * A cluster engine that runs a sweep's runs ({@code fflab sweep --engine NAME}), found by name
 * through {@link ServiceLoader} so that the default build carries none of its libraries (the
 * Spark engine lives in the {@code spark} Maven profile).
 */
public interface SweepEngine {
    /** The name the user writes after {@code --engine}. */
    String name();

    /** A dispatcher for one sweep. */
    RunDispatcher dispatcher(EngineSettings settings);

    /** The engine called {@code name}, or an error saying how to get it on the class path. */
    static SweepEngine named(String name) {
        try {
            for (SweepEngine engine : ServiceLoader.load(SweepEngine.class)) {
                if (engine.name().equals(name)) {
                    return engine;
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) { // its classes are there, its libraries not
            throw new FflabException("the " + name + " engine cannot load its libraries (" + e.getMessage()
                    + "); start it with bin/fflab-" + name + " or spark-submit target/fflab-" + name + ".jar", e);
        }
        throw new FflabException("no engine '" + name + "' in this build (--engine: local, or spark, which needs "
                + "'make spark-jar' and then bin/fflab-spark or spark-submit target/fflab-spark.jar)");
    }
}
