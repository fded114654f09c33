package fflab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A layer input held as one matrix: positive rows stacked over negative rows. */
public final class StackedInput implements LayerInput {
    private final INDArray rows;

    public StackedInput(INDArray normalisedRows) {
        this.rows = normalisedRows;
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
    public void weightGradient(INDArray dZ, INDArray dW, INDArray db) {
        Nd4j.gemm(rows, dZ, dW, true, false, 1.0, 0.0);
        Tensors.columnSums(dZ, db);
    }
}
