package fflab.nn;

/**
 * How a layer's activities become its goodness: the sum or the mean of the squared ReLU
 * activities. Hinton's paper uses the sum; the saliency paper's reference code uses the mean.
 */
public enum Goodness {
    SUM,
    MEAN;

    /** The factor c with goodness = c * sum of squared activities, for a layer of this width. */
    public double scale(long width) {
        return this == SUM ? 1.0 : 1.0 / width;
    }
}
