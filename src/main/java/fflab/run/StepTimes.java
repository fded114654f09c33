package fflab.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The seconds of each step of a run, in the order they ran, told to a listener as each ends. */
public final class StepTimes {
    /** Told each step's name and seconds when it ends (a run's log). */
    public static final BiConsumer<String, Double> SILENT = (step, seconds) -> { };

    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final BiConsumer<String, Double> listener;
    private long startNanos = System.nanoTime();

    public StepTimes(BiConsumer<String, Double> listener) {
        this.listener = listener;
    }

    /** Ends the step running since the last call (or since construction) as {@code step}. */
    public double end(String step) {
        long now = System.nanoTime();
        double s = (now - startNanos) / 1e9;
        startNanos = now;
        seconds.merge(step, s, Double::sum);
        listener.accept(step, s);
        return s;
    }

    public Map<String, Double> seconds() {
        return Collections.unmodifiableMap(seconds);
    }
}
