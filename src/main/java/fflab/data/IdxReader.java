package fflab.data;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads an IDX image file (magic 2051, unsigned bytes, n x rows x cols) and its label file
 * (magic 2049, n unsigned bytes) into an {@link ImageSet}. See http://yann.lecun.com/exdb/mnist/.
 */
public final class IdxReader {
    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;
    private static final int IMAGES_HEADER_BYTES = 16;
    private static final int LABELS_HEADER_BYTES = 8;
    private static final int CHUNK = 1 << 16;
    /** raw/255 for every byte value, so the hot loop is a table look-up. */
    private static final float[] SCALED = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALED[v] = v / 255f;
        }
    }

    private IdxReader() {
    }

    /** Reads both files (each gzipped or raw); labels first, so a count mismatch fails before the big read. */
    public static ImageSet read(Path imagesFile, Path labelsFile) {
        int[] labels = readLabels(labelsFile);
        try (IdxInput in = IdxInput.open(imagesFile)) {
            checkMagic(in, IMAGES_MAGIC, "image", IMAGES_HEADER_BYTES);
            int count = in.readInt(IMAGES_HEADER_BYTES);
            int rows = in.readInt(IMAGES_HEADER_BYTES);
            int cols = in.readInt(IMAGES_HEADER_BYTES);
            if (count <= 0 || rows <= 0 || cols <= 0) {
                throw new DataException(imagesFile + " has an invalid header: " + count + " images of "
                        + rows + "x" + cols);
            }
            if (count != labels.length) {
                throw new DataException("Image and label files disagree: " + imagesFile + " holds " + count
                        + " images but " + labelsFile + " holds " + labels.length + " labels");
            }
            long pixels = (long) count * rows * cols;
            if (pixels > Integer.MAX_VALUE - 8) {
                throw new DataException(imagesFile + " is too large: " + pixels + " pixels");
            }
            INDArray images = readPixels(in, (int) pixels, count, rows * cols);
            in.expectEnd(IMAGES_HEADER_BYTES + pixels);
            return new ImageSet(images, labels, rows, cols);
        }
    }

    static int[] readLabels(Path labelsFile) {
        try (IdxInput in = IdxInput.open(labelsFile)) {
            checkMagic(in, LABELS_MAGIC, "label", LABELS_HEADER_BYTES);
            int count = in.readInt(LABELS_HEADER_BYTES);
            if (count <= 0) {
                throw new DataException(labelsFile + " has an invalid header: " + count + " labels");
            }
            byte[] raw = new byte[count];
            in.readFully(raw, 0, count, LABELS_HEADER_BYTES + (long) count);
            in.expectEnd(LABELS_HEADER_BYTES + (long) count);
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = raw[i] & 0xff;
                if (labels[i] >= ImageSet.CLASSES) {
                    throw new DataException(labelsFile + " has label " + labels[i] + " at index " + i
                            + "; labels must be 0.." + (ImageSet.CLASSES - 1));
                }
            }
            return labels;
        }
    }

    private static void checkMagic(IdxInput in, int expected, String kind, int headerBytes) {
        int found = in.readInt(headerBytes);
        if (found != expected) {
            throw new DataException(in.file() + " is not an IDX " + kind + " file: expected magic number "
                    + expected + " but found " + found
                    + (found == IMAGES_MAGIC || found == LABELS_MAGIC ? " (images and labels swapped?)" : ""));
        }
    }

    /** Streams the pixels chunk by chunk into one preallocated array: no full-size byte[] or float[] on the heap. */
    private static INDArray readPixels(IdxInput in, int pixels, int count, int features) {
        INDArray images = Nd4j.createUninitialized(DataType.FLOAT, new long[] {count, features}, 'c');
        FloatBuffer out = HostBuffers.forWriting(images);
        byte[] bytes = new byte[CHUNK];
        float[] floats = new float[CHUNK];
        long expectedTotal = IMAGES_HEADER_BYTES + (long) pixels;
        for (int done = 0; done < pixels; ) {
            int n = Math.min(CHUNK, pixels - done);
            in.readFully(bytes, 0, n, expectedTotal);
            for (int i = 0; i < n; i++) {
                floats[i] = SCALED[bytes[i] & 0xff];
            }
            out.put(floats, 0, n);
            done += n;
        }
        HostBuffers.written(images);
        return images;
    }
}
