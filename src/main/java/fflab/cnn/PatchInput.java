package fflab.cnn;

import fflab.nn.Dense;
import fflab.nn.LayerInput;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolutional FF layer's input for one step: normalised maps of the positive images, then of
 * the negative ones. Its rows, as an {@link fflab.nn.FFLayer} sees them, are image patches (one
 * per output pixel), so the FF layer, its loss and its optimiser serve convolutions unchanged.
 */
public final class PatchInput implements LayerInput {
    private final Convolution convolution;
    private final INDArray maps;

    public PatchInput(Convolution convolution, INDArray maps) {
        this.convolution = convolution;
        this.maps = maps;
    }

    @Override
    public int rows() {
        return (int) maps.rows() * convolution.input().pixels();
    }

    @Override
    public void preActivation(Dense layer, INDArray z) {
        convolution.forward(maps, layer, z);
    }

    @Override
    public void parameterGradient(Dense layer, INDArray dZ, INDArray dParameters) {
        convolution.weightGradient(maps, dZ, Dense.weightRows(dParameters), Dense.biasRow(dParameters));
    }
}
