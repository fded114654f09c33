package fflab.saliency;

import com.fasterxml.jackson.annotation.JsonCreator;
import fflab.FflabException;
import fflab.data.ImageSet;
import fflab.data.Standardization;
import fflab.util.EnumId;
import fflab.util.JsonEnumId;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The value an occluded pixel takes, in raw ([0,1]) pixel space, before standardisation. Every
 * baseline is one raw value per pixel, so all evaluation paths share one code path for it.
 */
public enum BaselineKind implements JsonEnumId {
    /** Black, raw 0: the paper's choice. */
    RAW_ZERO,
    /** Standardised 0, i.e. the raw value of the standardisation's mean (grey). */
    STANDARDISED_ZERO,
    /** The per-pixel mean of the training images. */
    DATASET_MEAN;

    /**
     * Raw pixel values of this baseline.
     *
     * @param training the training images; read only by {@link #DATASET_MEAN}, may be null otherwise
     */
    public float[] rawValues(Standardization standardization, int features, ImageSet training) {
        float[] out = new float[features];
        switch (this) {
            case RAW_ZERO -> { }
            case STANDARDISED_ZERO -> Arrays.fill(out, (float) standardization.mean());
            case DATASET_MEAN -> {
                if (training == null || training.features() != features) {
                    throw new FflabException("--baseline " + id() + " needs the training images of the model's dataset");
                }
                INDArray mean = training.images().mean(0);
                for (int j = 0; j < features; j++) {
                    out[j] = mean.getFloat(j);
                }
            }
        }
        return out;
    }

    @JsonCreator
    public static BaselineKind parse(String s) {
        return EnumId.parse(values(), "--baseline", s);
    }

    /** Every baseline's id, in declaration order. */
    public static java.util.List<String> ids() {
        return java.util.Arrays.stream(values()).map(BaselineKind::id).toList();
    }

    public static String allowedValues() {
        return EnumId.allowed(values());
    }

    @Override
    public String toString() {
        return id();
    }
}
