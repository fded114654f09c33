package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

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
    private INDArray positiveLabels;
    private INDArray negativeLabels;

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
    }

    /**
     * Points this input at a batch: the images {@code rows} of the basis (null: all, in order),
     * with their positive and negative labels.
     */
    public OverlaidImageInput load(int[] rows, int[] positive, int[] negative) {
        if (rows != null) {
            basis.gatherImageParts(rows, imagePart);
        }
        double[] scale = basis.labelScales(rows);
        positiveLabels = Tensors.scaledOneHot(positive, scale, basis.classes(), imagePart.dataType());
        negativeLabels = Tensors.scaledOneHot(negative, scale, basis.classes(), imagePart.dataType());
        return this;
    }

    @Override
    public int rows() {
        return 2 * images;
    }

    @Override
    public void preActivation(Dense layer, INDArray z) {
        INDArray labelRows = labelRows(layer.weights());
        Nd4j.gemm(imagePart, layer.parameters(), shared, false, false, 1.0, 0.0);
        INDArray zPos = positiveHalf(z);
        INDArray zNeg = negativeHalf(z);
        zPos.assign(shared);
        zNeg.assign(shared);
        Nd4j.gemm(positiveLabels, labelRows, zPos, false, false, 1.0, 1.0);
        Nd4j.gemm(negativeLabels, labelRows, zNeg, false, false, 1.0, 1.0);
    }

    @Override
    public void parameterGradient(Dense layer, INDArray dZ, INDArray dParameters) {
        INDArray dPos = positiveHalf(dZ);
        INDArray dNeg = negativeHalf(dZ);
        Nd4j.exec(new AddOp(dPos, dNeg, shared));
        // [x0/n 1]^T (dZ_pos + dZ_neg) is [dW; db] but for the label rows, which the label terms add
        Nd4j.gemm(imagePart, shared, dParameters, true, false, 1.0, 0.0);
        INDArray labelRows = labelRows(dParameters);
        Nd4j.gemm(positiveLabels, dPos, labelRows, true, false, 1.0, 1.0);
        Nd4j.gemm(negativeLabels, dNeg, labelRows, true, false, 1.0, 1.0);
    }

    private INDArray labelRows(INDArray m) {
        return m.get(NDArrayIndex.interval(0, basis.classes()), NDArrayIndex.all());
    }

    private INDArray positiveHalf(INDArray m) {
        return m.get(NDArrayIndex.interval(0, images), NDArrayIndex.all());
    }

    private INDArray negativeHalf(INDArray m) {
        return m.get(NDArrayIndex.interval(images, 2 * images), NDArrayIndex.all());
    }
}
