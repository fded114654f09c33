package fflab.spark;

import fflab.FflabException;
import fflab.experiment.sweep.EngineSettings;
import fflab.experiment.sweep.RunDispatcher;
import fflab.experiment.sweep.SweepEngine;

/**
 * {@code fflab sweep --engine spark}: registered through META-INF/services. This class names no
 * Spark type, so that finding it never fails; {@link SparkDispatcher} does the work.
 */
public final class SparkEngine implements SweepEngine {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public RunDispatcher dispatcher(EngineSettings settings) {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkEngine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new FflabException("Spark is not on the class path: start the Spark engine with bin/fflab-spark "
                    + "or spark-submit --class fflab.cli.Main target/fflab-spark.jar", e);
        }
        return new SparkDispatcher(settings);
    }
}
