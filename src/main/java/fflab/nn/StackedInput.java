package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A layer input held as one matrix: positive rows stacked over negative rows. An input built
 * once and reused for many steps (sequential training) should carry a trailing column of ones
 * ({@link #withOnesColumn}): the bias then rides along in both matrix multiplies.
 */
public final class StackedInput implements LayerInput {
    private final INDArray rows;

    public StackedInput(INDArray normalisedRows) {
        this.rows = normalisedRows;
    }

    /** {@code [rows 1]}: a copy with a trailing column of ones. */
    public static INDArray withOnesColumn(INDArray rows) {
        INDArray out = Nd4j.create(rows.dataType(), rows.rows(), rows.columns() + 1);
        out.get(NDArrayIndex.all(), NDArrayIndex.interval(0, rows.columns())).assign(rows);
        out.get(NDArrayIndex.all(), NDArrayIndex.point(rows.columns())).assign(1);
        return out;
    }

    public INDArray matrix() {
        return rows;
    }

    @Override
    public int rows() {
        return (int) rows.rows();
    }

    @Override
    public void preActivation(Dense layer, INDArray z) {
        layer.preActivation(rows, z);
    }

    @Override
    public void parameterGradient(Dense layer, INDArray dZ, INDArray dParameters) {
        if (rows.columns() == dParameters.rows()) {
            Nd4j.gemm(rows, dZ, dParameters, true, false, 1.0, 0.0);
            return;
        }
        Nd4j.gemm(rows, dZ, Dense.weightRows(dParameters), true, false, 1.0, 0.0);
        Tensors.columnSums(dZ, Dense.biasRow(dParameters));
    }
}
