package fflab.saliency;

import fflab.data.ImageSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Mean images and single images of an {@link ImageSet} as row-major doubles, for overlays. */
final class ImageStats {
    private ImageStats() {}

    static double[] mean(ImageSet images) {
        return images.images().mean(0).toDoubleVector();
    }

    /** The mean image of one class; zeros when the set has none of it. */
    static double[] classMean(ImageSet images, int c) {
        int[] labels = images.labels();
        int[] rows = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
        if (rows.length == 0) {
            return new double[images.features()];
        }
        INDArray picked = Nd4j.pullRows(images.images(), 1, rows);
        return picked.mean(0).toDoubleVector();
    }

    static double[] image(ImageSet images, int i) {
        return images.images().getRow(i).toDoubleVector();
    }
}
