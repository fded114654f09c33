package fflab.experiment.sweep;

import fflab.FflabException;
import fflab.experiment.PlannedRun;
import fflab.experiment.store.ExperimentStore;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a sweep's runs somewhere other than this thread: the local {@link WorkerPool} of child
 * JVMs, or a cluster engine ({@link SweepEngine}). Each run is one {@code fflab sweep --worker ID}
 * attempt that takes the run's lock and writes its markers itself; the dispatcher only reports.
 */
public interface RunDispatcher {

    /**
     * @param runningChanged a short description of what runs now, whenever it changes
     * @param ended called once per run, from any thread, when its attempt has ended
     */
    void run(List<PlannedRun> runs, ExperimentStore store, String experiment, Consumer<String> runningChanged,
             Consumer<AttemptResult> ended);

    /** Waits between two looks at the runs; an interrupt ends the sweep. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FflabException("sweep interrupted");
        }
    }
}
