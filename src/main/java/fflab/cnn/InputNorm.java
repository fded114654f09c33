package fflab.cnn;

import fflab.nn.HostLoops;
import fflab.nn.HostValues;
import fflab.nn.LengthNorm;
import fflab.nn.RowOps;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * How every convolutional layer's input map is normalised, per image over all its values. In FF
 * it hides the layer below's goodness, so that a layer cannot just pass it on.
 */
public enum InputNorm {
    /** Layer norm without gain or bias: {@code (x - mean) / sqrt(var + 1e-5)}, as the CNN paper. */
    LAYER,
    /** The MLP's length normalisation scaled to unit mean square: {@code x sqrt(D) / (||x|| + 1e-4)}. */
    LENGTH;

    public static final double LAYER_EPSILON = 1e-5;

    /** Normalises each row of {@code rows} into {@code out} (may be the same array). */
    public void normalise(INDArray rows, INDArray out) {
        if (HostValues.isPlain(rows) && HostValues.isPlain(out) && rows.length() == out.length()) {
            normaliseOnHost(rows, out);
            return;
        }
        if (out != rows) {
            out.assign(rows);
        }
        if (this == LENGTH) {
            LengthNorm.normaliseRows(out, out);
            out.muli(Math.sqrt(out.columns()));
            return;
        }
        INDArray std = Transforms.sqrt(out.var(false, 1).addi(LAYER_EPSILON), false);
        out.subiColumnVector(out.mean(true, 1)).diviColumnVector(std.reshape(std.length(), 1));
    }

    /**
     * One host pass per row, statistics in double: no temporaries (the ND4J path below makes four
     * arrays per call, which a training step would leave for the garbage collector, off-heap).
     */
    private void normaliseOnHost(INDArray rows, INDArray out) {
        HostValues from = HostValues.of(rows);
        HostValues to = HostValues.of(out);
        int width = (int) rows.columns();
        HostLoops.forRange((int) rows.rows(), width, (first, end) -> {
            double[] row = new double[width];
            for (int r = first; r < end; r++) {
                from.readRow(r * width, row, width);
                if (this == LENGTH) {
                    double squares = 0;
                    for (double v : row) {
                        squares += v * v;
                    }
                    RowOps.scale(row, width, Math.sqrt(width) / (Math.sqrt(squares) + LengthNorm.EPSILON));
                } else {
                    double sum = 0;
                    for (double v : row) {
                        sum += v;
                    }
                    double mean = sum / width;
                    double squares = 0;
                    for (double v : row) {
                        squares += (v - mean) * (v - mean);
                    }
                    double scale = 1 / Math.sqrt(squares / width + LAYER_EPSILON);
                    for (int j = 0; j < width; j++) {
                        row[j] = (row[j] - mean) * scale;
                    }
                }
                to.writeRow(r * width, row, width);
            }
        });
    }

    /**
     * The gradient with respect to the input rows {@code x}, given their normalised values {@code y}
     * and the gradient {@code dy} with respect to those; written into {@code dx}.
     */
    public void backward(INDArray x, INDArray y, INDArray dy, INDArray dx) {
        long d = x.columns();
        if (this == LENGTH) {
            // y = s x with s = sqrt(D) / (r + e), r = ||x||:  dx = s (dy - y (y . dy) (r + e) / (D r))
            INDArray r = x.norm2(true, 1);
            INDArray rPlusE = r.add(LengthNorm.EPSILON);
            INDArray s = rPlusE.rdiv(Math.sqrt(d));
            INDArray t = y.mul(dy).sum(true, 1).muli(rPlusE).divi(r.mul(d));
            dx.assign(y).muliColumnVector(t).rsubi(dy).muliColumnVector(s);
            return;
        }
        // y = (x - mean) / sigma:  dx = (dy - mean(dy) - y mean(y dy)) / sigma
        INDArray centred = x.subColumnVector(x.mean(true, 1));
        INDArray sigma = Transforms.sqrt(centred.muli(centred).mean(true, 1).addi(LAYER_EPSILON), false);
        INDArray meanYdy = y.mul(dy).mean(true, 1);
        dx.assign(y).muliColumnVector(meanYdy).rsubi(dy).subiColumnVector(dy.mean(true, 1)).diviColumnVector(sigma);
    }
}
