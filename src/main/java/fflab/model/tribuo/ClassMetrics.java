package fflab.model.tribuo;

/** Tribuo's per-class metrics of one label. */
public record ClassMetrics(double precision, double recall, double f1, long support) {}
