package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The first FF layer's input, positive and negative overlays of the same images, computed from
 * an {@link OverlayBasis} with the algebra that makes the first layer cheap:
 *
 * <pre>
 *   z_pos = (x0/n) W + (v/n) W[y_pos] + b        z_neg = (x0/n) W + (v/n) W[y_neg] + b
 *   dW    = (x0/n)^T (dZ_pos + dZ_neg)  +  label rows: (v/n) onehot(y)^T dZ
 * </pre>
 *
 * One large matrix multiply forward and one backward, instead of two each: positive and negative
 * rows share the image part, and the label terms touch only the first {@code classes} rows of W.
 */
public final class OverlaidImageInput implements LayerInput {
    private final OverlayBasis basis;
    private final int images;
    private final INDArray imagePart;
    private final INDArray shared;
    private final HostValues sharedValues;
    private int[] positiveLabels;
    private int[] negativeLabels;
    private double[] scale;

    /**
     * @param basis the prepared images
     * @param batchImages images per step
     * @param outputSize width of the layer that reads this input
     * @param fullBatch whether the step uses all images of the basis in order (no copy is made)
     */
    public OverlaidImageInput(OverlayBasis basis, int batchImages, int outputSize, boolean fullBatch) {
        this.basis = basis;
        this.images = batchImages;
        INDArray all = basis.augmentedImagePart();
        this.imagePart = fullBatch ? all : Nd4j.create(all.dataType(), batchImages, all.columns());
        this.shared = Nd4j.create(all.dataType(), batchImages, outputSize);
        this.sharedValues = HostValues.of(shared);
    }

    /**
     * Points this input at a batch: the images {@code rows} of the basis (null: all, in order),
     * with their positive and negative labels.
     */
    public OverlaidImageInput load(int[] rows, int[] positive, int[] negative) {
        if (rows != null) {
            basis.gatherImageParts(rows, imagePart);
        }
        scale = basis.labelScales(rows);
        positiveLabels = positive;
        negativeLabels = negative;
        return this;
    }

    @Override
    public int rows() {
        return 2 * images;
    }

    @Override
    public void preActivation(Dense layer, INDArray z) {
        Nd4j.gemm(imagePart, layer.parameters(), shared, false, false, 1.0, 0.0);
        // z = shared + (v/n) W[label], row by row on the host: a scaled row of W per row
        int width = (int) shared.columns();
        double[][] labelRows = labelRows(HostValues.of(layer.parameters()), width);
        HostValues out = HostValues.of(z);
        HostLoops.forRange(images, 2 * width, (from, to) -> {
            double[] x = new double[width];
            double[] row = new double[width];
            for (int i = from; i < to; i++) {
                sharedValues.readRow(i * width, x, width);
                addScaled(x, scale[i], labelRows[positiveLabels[i]], row);
                out.writeRow(i * width, row, width);
                addScaled(x, scale[i], labelRows[negativeLabels[i]], row);
                out.writeRow((images + i) * width, row, width);
            }
        });
    }

    @Override
    public void parameterGradient(Dense layer, INDArray dZ, INDArray dParameters) {
        HostValues d = HostValues.of(dZ);
        int width = (int) shared.columns();
        int classes = basis.classes();
        // label rows: sum over the batch of (v/n) dZ rows, by label (one pass, in row order)
        double[][] labelGradient = new double[classes][width];
        double[] pos = new double[width];
        double[] neg = new double[width];
        for (int i = 0; i < images; i++) {
            d.readRow(i * width, pos, width);
            d.readRow((images + i) * width, neg, width);
            double s = scale[i];
            double[] gp = labelGradient[positiveLabels[i]];
            double[] gn = labelGradient[negativeLabels[i]];
            for (int j = 0; j < width; j++) {
                gp[j] += s * pos[j];
                gn[j] += s * neg[j];
                pos[j] += neg[j];
            }
            sharedValues.writeRow(i * width, pos, width);
        }
        // [x0/n 1]^T (dZ_pos + dZ_neg) is [dW; db] but for the label rows, which the label terms add
        Nd4j.gemm(imagePart, shared, dParameters, true, false, 1.0, 0.0);
        HostValues grad = HostValues.of(dParameters);
        double[] row = new double[width];
        for (int y = 0; y < classes; y++) {
            grad.readRow(y * width, row, width);
            for (int j = 0; j < width; j++) {
                row[j] += labelGradient[y][j];
            }
            grad.writeRow(y * width, row, width);
        }
    }

    /** The first {@code classes} rows of {@code [W; b]} (the label pixels' weights). */
    private double[][] labelRows(HostValues parameters, int width) {
        double[][] rows = new double[basis.classes()][width];
        for (int y = 0; y < rows.length; y++) {
            parameters.readRow(y * width, rows[y], width);
        }
        return rows;
    }

    private static void addScaled(double[] x, double s, double[] w, double[] out) {
        for (int j = 0; j < x.length; j++) {
            out[j] = x[j] + s * w[j];
        }
    }
}
