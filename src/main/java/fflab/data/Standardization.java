package fflab.data;

import java.lang.ref.Reference;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** x' = (x - mean) / std on pixels already scaled to [0,1]. */
public record Standardization(double mean, double std) {
    /** The constants of the PyTorch reference code (torchvision's MNIST example). */
    public static final Standardization MNIST = new Standardization(0.1307, 0.3081);
    /**
     * Population mean and standard deviation of the 47,040,000 pixels of Fashion-MNIST's training
     * file, from {@link #measure}; StandardizationTest recomputes them.
     */
    public static final Standardization FASHION_MNIST = new Standardization(0.2860405969887955, 0.35302424451492254);
    private static final int FULL_TRAIN_SIZE = 60_000;

    public Standardization {
        if (!Double.isFinite(mean) || !Double.isFinite(std) || std <= 0) {
            throw new DataException("Standardisation needs a finite mean and a positive std, got mean "
                    + mean + ", std " + std);
        }
    }

    /**
     * The standardisation of a dataset. fullTrain must be the dataset's complete training file,
     * not a split of it: the constants belong to the whole file, and passing a split is a mistake.
     */
    public static Standardization forDataset(DatasetId id, ImageSet fullTrain) {
        if (fullTrain.size() != FULL_TRAIN_SIZE) {
            throw new DataException("Standardisation of " + id.id() + " is defined on its full training file of "
                    + FULL_TRAIN_SIZE + " images, got a set of " + fullTrain.size());
        }
        return switch (id) {
            case MNIST -> MNIST;
            case FASHION_MNIST -> FASHION_MNIST;
        };
    }

    /** Population mean and standard deviation of all pixels of a set, summed in double precision. */
    public static Standardization measure(ImageSet set) {
        FloatBuffer pixels = HostBuffers.forReading(set.images());
        int n = (int) set.images().length();
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double x = pixels.get(i);
            sum += x;
            sumSquares += x * x;
        }
        Reference.reachabilityFence(set); // the buffer is a raw view of memory the array owns
        double mean = sum / n;
        return new Standardization(mean, Math.sqrt(sumSquares / n - mean * mean));
    }

    /** A new float32 array; raw is left as it is. */
    public INDArray apply(INDArray raw) {
        INDArray out = raw.dataType() == DataType.FLOAT ? raw.sub(mean) : raw.castTo(DataType.FLOAT).subi(mean);
        return out.divi(std);
    }

    /** Overwrites raw, which must hold floating-point values. */
    public void applyInPlace(INDArray raw) {
        if (!raw.dataType().isFPType()) {
            throw new DataException("In-place standardisation needs a floating-point array, got " + raw.dataType());
        }
        raw.subi(mean).divi(std);
    }

    /** The value of a black pixel (0) after standardisation. */
    public double standardisedZero() {
        return -mean / std;
    }
}
