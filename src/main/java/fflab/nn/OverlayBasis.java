package fflab.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What every label overlay of a set of images shares, prepared once so that the first FF layer
 * never materialises overlaid images.
 *
 * <p>The overlay clears the first {@code classes} pixels and sets pixel {@code y} to {@code v}, so an
 * overlaid image is {@code x0 + v e_y}, where {@code x0} is the image with those pixels cleared.
 * Its length {@code sqrt(||x0||^2 + v^2)} is the same for every label; the normalised image is
 * {@code x0 / n + (v / n) e_y} with {@code n = length + 1e-4}. This class keeps {@code x0 / n}
 * (the "image part", with a trailing column of ones so that a layer's bias rides along in its
 * matrix multiply, see {@link Dense}) and {@code v / n} (the "label scale") for every image.
 */
public final class OverlayBasis {
    private final INDArray augmentedImagePart;
    private final double[] labelScale;
    private final int classes;
    private final int features;

    private OverlayBasis(INDArray augmentedImagePart, double[] labelScale, int classes) {
        this.augmentedImagePart = augmentedImagePart;
        this.labelScale = labelScale;
        this.classes = classes;
        this.features = (int) augmentedImagePart.columns() - 1;
    }

    /**
     * @param images standardised images, one per row
     * @param overlayValue the value written into the label pixel
     * @param classes number of label pixels at the start of each row
     */
    public static OverlayBasis of(INDArray images, double overlayValue, int classes) {
        return of(images, overlayValue, classes, RowNorm.LENGTH);
    }

    /** As {@link #of(INDArray, double, int)}, normalising the overlaid images with {@code norm}. */
    public static OverlayBasis of(INDArray images, double overlayValue, int classes, RowNorm norm) {
        INDArray target = Nd4j.createUninitialized(images.dataType(), new long[] {images.rows(), images.columns() + 1}, 'c');
        return into(images, overlayValue, classes, norm, target);
    }

    /**
     * As {@link #of(INDArray, double, int, RowNorm)}, writing the augmented image part into {@code target}
     * ({@code [images, features + 1]}, {@link HostValues#isPlain plain}, same type): one host pass per
     * image (clear the label pixels, measure, scale, append the one), so that a caller working in
     * chunks reuses one array instead of allocating several per chunk.
     */
    public static OverlayBasis into(INDArray images, double overlayValue, int classes, RowNorm norm, INDArray target) {
        int n = (int) images.rows();
        int features = (int) images.columns();
        if (target.rows() != n || target.columns() != features + 1 || target.dataType() != images.dataType()) {
            throw new IllegalArgumentException("basis of " + images.shapeInfoToString() + " cannot go into "
                    + target.shapeInfoToString());
        }
        HostValues from = HostValues.of(HostValues.isPlain(images) ? images : images.dup('c'));
        HostValues to = HostValues.of(target);
        double[] scale = new double[n];
        HostLoops.forRange(n, features, (first, end) -> {
            double[] row = new double[features + 1];
            for (int i = first; i < end; i++) {
                from.readRow(i * features, row, features);
                Arrays.fill(row, 0, classes, 0.0);
                double squares = 0;
                for (int j = classes; j < features; j++) {
                    squares += row[j] * row[j];
                }
                double divisor = norm.divisor(squares + overlayValue * overlayValue, features);
                RowOps.scale(row, features, 1.0 / divisor);
                row[features] = 1;
                scale[i] = overlayValue / divisor;
                to.writeRow(i * (features + 1), row, features + 1);
            }
        });
        return new OverlayBasis(target, scale, classes);
    }

    public int size() {
        return (int) augmentedImagePart.rows();
    }

    public int features() {
        return features;
    }

    public int classes() {
        return classes;
    }

    /** {@code [x0 / n, 1]}, one row per image; its label columns are zero, its last column is ones. */
    public INDArray augmentedImagePart() {
        return augmentedImagePart;
    }

    public double labelScale(int image) {
        return labelScale[image];
    }

    /** The label scales of the given images, in that order (all images when {@code rows} is null). */
    public double[] labelScales(int[] rows) {
        if (rows == null) {
            return labelScale.clone();
        }
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labelScale[rows[i]];
        }
        return out;
    }

    /** Copies the augmented image parts of the given rows into {@code target} ({@code rows.length} rows). */
    public void gatherImageParts(int[] rows, INDArray target) {
        HostValues.gatherRows(augmentedImagePart, rows, target);
    }

    /** The normalised overlaid images for the given labels, materialised: the reference path. */
    public INDArray materialise(int[] labels) {
        INDArray out = augmentedImagePart.get(NDArrayIndex.all(), NDArrayIndex.interval(0, features)).dup('c');
        for (int i = 0; i < labels.length; i++) {
            out.putScalar(i, labels[i], labelScale[i]);
        }
        return out;
    }
}
