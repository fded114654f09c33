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
        // z = shared + (v/n) W[label], row by row on the host: a rank-1 row update per row
        HostValues w = HostValues.of(layer.parameters());
        HostValues out = HostValues.of(z);
        int width = (int) shared.columns();
        for (int i = 0; i < images; i++) {
            int from = i * width;
            int pos = positiveLabels[i] * width;
            int neg = negativeLabels[i] * width;
            int negRow = (images + i) * width;
            double s = scale[i];
            for (int j = 0; j < width; j++) {
                double x = sharedValues.get(from + j);
                out.set(from + j, x + s * w.get(pos + j));
                out.set(negRow + j, x + s * w.get(neg + j));
            }
        }
    }

    @Override
    public void parameterGradient(Dense layer, INDArray dZ, INDArray dParameters) {
        HostValues d = HostValues.of(dZ);
        int width = (int) shared.columns();
        int half = images * width;
        for (int i = 0; i < half; i++) {
            sharedValues.set(i, d.get(i) + d.get(half + i));
        }
        // [x0/n 1]^T (dZ_pos + dZ_neg) is [dW; db] but for the label rows, which the label terms add
        Nd4j.gemm(imagePart, shared, dParameters, true, false, 1.0, 0.0);
        HostValues grad = HostValues.of(dParameters);
        for (int i = 0; i < images; i++) {
            int pos = positiveLabels[i] * width;
            int neg = negativeLabels[i] * width;
            int from = i * width;
            int negRow = half + from;
            double s = scale[i];
            for (int j = 0; j < width; j++) {
                grad.add(pos + j, s * d.get(from + j));
                grad.add(neg + j, s * d.get(negRow + j));
            }
        }
    }
}
