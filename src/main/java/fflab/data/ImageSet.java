package fflab.data;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Greyscale images with their class labels: pixels scaled to [0,1] (raw/255) in a float32
 * {@code [n, rows*cols]} array in 'c' order (one image per row), labels 0..9.
 *
 * <p>The pixel array is shared, not copied: do not modify it in place unless you own this set
 * (the sets of a {@link LoadedDataset} are cached and shared; {@link #subset} and {@link #head} give copies).
 */
public final class ImageSet {
    public static final int CLASSES = 10;

    private final INDArray images;
    private final int[] labels;
    private final int rows;
    private final int cols;

    public ImageSet(INDArray images, int[] labels, int rows, int cols) {
        checkShape(images, labels, rows, cols);
        checkLabels(labels);
        // one contiguous 'c' block lets readers walk the pixels with plain offsets
        this.images = images.isView() || images.ordering() != 'c' ? images.dup('c') : images;
        this.labels = labels.clone();
        this.rows = rows;
        this.cols = cols;
    }

    private static void checkShape(INDArray images, int[] labels, int rows, int cols) {
        if (images == null || labels == null) {
            throw new DataException("An image set needs both images and labels");
        }
        if (rows <= 0 || cols <= 0) {
            throw new DataException("Image size must be positive, got " + rows + "x" + cols);
        }
        if (images.dataType() != DataType.FLOAT) {
            throw new DataException("Images must be float32, got " + images.dataType());
        }
        long[] shape = images.shape();
        if (shape.length != 2 || shape[1] != (long) rows * cols) {
            throw new DataException("Images must have shape [n, " + (long) rows * cols + "] for " + rows + "x" + cols
                    + " images, got " + Arrays.toString(shape));
        }
        if (shape[0] != labels.length) {
            throw new DataException("Got " + shape[0] + " images but " + labels.length + " labels");
        }
        if (labels.length == 0) {
            throw new DataException("An image set needs at least one image");
        }
    }

    private static void checkLabels(int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= CLASSES) {
                throw new DataException("Label " + labels[i] + " at index " + i + " is outside 0.." + (CLASSES - 1));
            }
        }
    }

    public int size() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Pixels per image, rows*cols. */
    public int features() {
        return rows * cols;
    }

    /** The shared pixel array, see the class comment. */
    public INDArray images() {
        return images;
    }

    /** A copy of the labels. */
    public int[] labels() {
        return labels.clone();
    }

    public int label(int i) {
        return labels[i];
    }

    /** A new set with copies of the given rows, in the order given (repeats allowed). */
    public ImageSet subset(int[] indices) {
        if (indices.length == 0) {
            throw new DataException("A subset needs at least one index");
        }
        int[] picked = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new DataException("Index " + i + " is outside this set of " + size() + " images");
            }
            picked[k] = labels[i];
        }
        INDArray rowsCopy = Nd4j.pullRows(images, 1, indices, 'c');
        return new ImageSet(rowsCopy, picked, rows, cols);
    }

    /** A new set with copies of the first n images. */
    public ImageSet head(int n) {
        if (n < 1 || n > size()) {
            throw new DataException("head(" + n + ") needs 1.." + size() + " images");
        }
        return subset(IntStream.range(0, n).toArray());
    }

    @Override
    public String toString() {
        return "ImageSet[" + size() + " images of " + rows + "x" + cols + "]";
    }
}
