package fflab.saliency;

import fflab.data.ImageSet;
import fflab.data.Standardization;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The evaluation images and the occlusion baseline, raw and standardised, with host copies for
 * the per-pixel loops. Standardised values come from the same ND4J operation for images and
 * baseline, so a pixel equal to the baseline in raw space is bit-for-bit equal after standardisation.
 */
final class OcclusionInputs {
    private final ImageSet images;
    private final int[] labels;
    private final Standardization standardization;
    private final float[] raw;
    private final INDArray standardisedMatrix;
    private final float[] standardised;
    private final float[] baselineRaw;
    private final float[] baselineStandardised;

    OcclusionInputs(ImageSet images, Standardization standardization, float[] baselineRaw) {
        if (baselineRaw.length != images.features()) {
            throw new IllegalArgumentException("baseline has " + baselineRaw.length + " pixels, images "
                    + images.features());
        }
        this.images = images;
        this.labels = images.labels();
        this.standardization = standardization;
        this.raw = images.images().dup('c').data().asFloat();
        this.standardisedMatrix = standardization.apply(images.images());
        this.standardised = standardisedMatrix.dup('c').data().asFloat();
        this.baselineRaw = baselineRaw.clone();
        this.baselineStandardised = standardisedRow(baselineRaw, standardization).dup('c').data().asFloat();
    }

    /** The standardised baseline as a {@code [1, features]} row, by the same operation as the images. */
    static INDArray standardisedRow(float[] baselineRaw, Standardization standardization) {
        return standardization.apply(Nd4j.create(baselineRaw, new long[] {1, baselineRaw.length}, 'c'));
    }

    ImageSet images() {
        return images;
    }

    int size() {
        return labels.length;
    }

    int features() {
        return images.features();
    }

    int label(int image) {
        return labels[image];
    }

    int[] labels() {
        return labels.clone();
    }

    Standardization standardization() {
        return standardization;
    }

    /** Raw pixel {@code j} of image {@code i}. */
    float raw(int i, int j) {
        return raw[i * features() + j];
    }

    /** Standardised pixel {@code j} of image {@code i}. */
    float standardised(int i, int j) {
        return standardised[i * features() + j];
    }

    /** All standardised images, {@code [n, features]}; shared, do not modify. */
    INDArray standardisedMatrix() {
        return standardisedMatrix;
    }

    float baselineRaw(int j) {
        return baselineRaw[j];
    }

    float baselineStandardised(int j) {
        return baselineStandardised[j];
    }

    /** Whether occluding pixel {@code j} of image {@code i} changes the standardised image. */
    boolean differs(int i, int j) {
        return standardised[i * features() + j] != baselineStandardised[j];
    }

    /** Raw image {@code i} with the given pixels set to the baseline, written into {@code target} at {@code offset}. */
    void occludedRaw(int i, int[] pixels, float[] target, int offset) {
        System.arraycopy(raw, i * features(), target, offset, features());
        for (int j : pixels) {
            target[offset + j] = baselineRaw[j];
        }
    }
}
