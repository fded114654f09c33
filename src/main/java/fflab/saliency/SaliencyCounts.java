package fflab.saliency;

import java.util.Arrays;

/**
 * What one ADS pass counts: per position (and per position and class) how many images the
 * occlusion turned from correct to wrong and from wrong to correct, the summed drop of the
 * true-label score, and the per-position score drops of a few sample images. Maps, significance
 * tests and per-class maps are all made from these counts.
 */
public final class SaliencyCounts {
    private final int positions;
    private final int classes;
    private final int[] classImages;
    private final int[] baseCorrectOfClass;
    private final int[] toWrong;
    private final int[] toRight;
    private final int[] toWrongOfClass;
    private final int[] toRightOfClass;
    private final double[] scoreDrop;
    private final double[][] sampleDrops;

    SaliencyCounts(int positions, int classes, int[] labels, boolean[] baseCorrect, int samples) {
        this.positions = positions;
        this.classes = classes;
        this.classImages = new int[classes];
        this.baseCorrectOfClass = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            classImages[labels[i]]++;
            baseCorrectOfClass[labels[i]] += baseCorrect[i] ? 1 : 0;
        }
        this.toWrong = new int[positions];
        this.toRight = new int[positions];
        this.toWrongOfClass = new int[positions * classes];
        this.toRightOfClass = new int[positions * classes];
        this.scoreDrop = new double[positions];
        this.sampleDrops = new double[samples][positions];
    }

    /**
     * One evaluated (position, image) pair.
     *
     * @param sample the image's slot among the samples, or -1
     */
    void record(int position, int label, boolean wasCorrect, boolean isCorrect, double drop, int sample) {
        if (wasCorrect && !isCorrect) {
            toWrong[position]++;
            toWrongOfClass[position * classes + label]++;
        } else if (!wasCorrect && isCorrect) {
            toRight[position]++;
            toRightOfClass[position * classes + label]++;
        }
        scoreDrop[position] += drop;
        if (sample >= 0) {
            sampleDrops[sample][position] = drop;
        }
    }

    public int positions() {
        return positions;
    }

    public int classes() {
        return classes;
    }

    public int images() {
        return Arrays.stream(classImages).sum();
    }

    public int imagesOfClass(int c) {
        return classImages[c];
    }

    /** Correct answers on the unoccluded images. */
    public int baseCorrect() {
        return Arrays.stream(baseCorrectOfClass).sum();
    }

    public int baseCorrectOfClass(int c) {
        return baseCorrectOfClass[c];
    }

    /** Images correct unoccluded and wrong when occluded at the position. */
    public int toWrong(int position) {
        return toWrong[position];
    }

    /** Images wrong unoccluded and correct when occluded at the position. */
    public int toRight(int position) {
        return toRight[position];
    }

    public int toWrong(int position, int c) {
        return toWrongOfClass[position * classes + c];
    }

    public int toRight(int position, int c) {
        return toRightOfClass[position * classes + c];
    }

    /** Correct answers with the window at the position. */
    public int correct(int position) {
        return baseCorrect() - toWrong[position] + toRight[position];
    }

    /** ADS per position: accuracy unoccluded minus accuracy occluded. */
    public double[] ads() {
        double[] out = new double[positions];
        for (int p = 0; p < positions; p++) {
            out[p] = (toWrong[p] - toRight[p]) / (double) images();
        }
        return out;
    }

    /** ADS of one class (NaN everywhere when the class has no image). */
    public double[] adsOfClass(int c) {
        double[] out = new double[positions];
        for (int p = 0; p < positions; p++) {
            out[p] = (toWrong(p, c) - toRight(p, c)) / (double) classImages[c];
        }
        return out;
    }

    /** Mean drop of the true-label score per position (the continuous variant over all images). */
    public double[] meanScoreDrop() {
        double[] out = new double[positions];
        for (int p = 0; p < positions; p++) {
            out[p] = scoreDrop[p] / images();
        }
        return out;
    }

    /** The score drop of one sample image per position. */
    public double[] sampleDrop(int sample) {
        return sampleDrops[sample].clone();
    }

    public int samples() {
        return sampleDrops.length;
    }
}
