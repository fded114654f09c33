package fflab.report;

import java.util.List;

/**
 * An FF configuration against a BP configuration on one dataset, with their runs paired by seed.
 *
 * @param sharedAxes the sweep axes both models vary, on which the two groups agree
 */
public record Comparison(String dataset, RunGroup ff, RunGroup bp, List<RunPair> pairs, List<String> sharedAxes) {
    public Comparison {
        pairs = List.copyOf(pairs);
        sharedAxes = List.copyOf(sharedAxes);
    }

    /** "mnist: FF (theta=2.0) vs BP". */
    public String title() {
        return dataset + ": " + ff.name() + " vs " + bp.name();
    }

    /** An FF run and a BP run with the same seed. */
    public record RunPair(String seed, Run ff, Run bp) {
    }
}
