package fflab.cnn;

/** How a label pattern {@code p} is put on a (standardised) image {@code x} with intensity {@code K}. */
public enum Blend {
    /** {@code x + K p}, K > 0. */
    ADD,
    /** {@code (1 - K) x + K p}, 0 < K < 1. */
    MIX;

    public double imageWeight(double k) {
        return this == ADD ? 1.0 : 1.0 - k;
    }

    /** Whether {@code k} is an allowed intensity; see {@link #allowed()}. */
    public boolean accepts(double k) {
        return this == ADD ? k > 0 : k > 0 && k < 1;
    }

    public String allowed() {
        return this == ADD ? "> 0" : "in (0, 1)";
    }
}
