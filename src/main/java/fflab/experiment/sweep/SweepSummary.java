package fflab.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/** Counts of what became of a sweep's runs, and the failures. */
public final class SweepSummary {
    private final List<AttemptResult> results = new ArrayList<>();

    synchronized void add(AttemptResult r) {
        results.add(r);
    }

    public synchronized long count(AttemptResult.Kind kind) {
        return results.stream().filter(r -> r.kind() == kind).count();
    }

    public synchronized List<AttemptResult> results() {
        return List.copyOf(results);
    }

    /** "12 runs: 4 finished, 7 skipped (finished earlier), 1 running elsewhere, 0 failed". */
    public synchronized String line() {
        long extended = count(AttemptResult.Kind.EXTENDED);
        long adopted = count(AttemptResult.Kind.ADOPTED);
        return results.size() + " runs: " + count(AttemptResult.Kind.FINISHED) + " finished, "
                + count(AttemptResult.Kind.SKIPPED) + " skipped (finished earlier), "
                + (extended > 0 ? extended + " given new saliency outputs without retraining, " : "")
                + (adopted > 0 ? adopted + " adopted from their old ids, " : "")
                + count(AttemptResult.Kind.BUSY) + " running in another sweep, "
                + count(AttemptResult.Kind.FAILED) + " failed";
    }

    /** 0 when no run failed, 1 otherwise. */
    public int exitCode() {
        return count(AttemptResult.Kind.FAILED) == 0 ? 0 : 1;
    }
}
