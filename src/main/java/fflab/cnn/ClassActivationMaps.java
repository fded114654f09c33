package fflab.cnn;

import fflab.model.ImageClassifier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Class activation maps of the CNNs (see {@code docs/cam.md}): for the explained label y, a
 * weighted sum of the last convolutional layer's maps at every pixel, keeping what label y does
 * not share with the average label, then ReLU, bilinear upsampling to the image and scaling to a
 * maximum of 1:
 *
 * <pre>
 *   S_l(p)  = sum_o w_l(p, o) A_o(p)          (the score of label l at pixel p)
 *   CAM_y   = ReLU(S_y - mean_l S_l)
 * </pre>
 *
 * <ul>
 *   <li>BP: {@code w_l(p, o)} is the head's weight from map o at pixel p to class l, so
 *       {@code sum_p S_l(p)} is the logit of l less its bias: the exact contribution of each pixel;</li>
 *   <li>FF: the maps come from the image with label l's pattern and {@code w_l(p, o) = c A_o(p)}, each
 *       map weighted by its own contribution to the goodness, so {@code sum_p S_l(p)} is the last
 *       layer's goodness of label l.</li>
 * </ul>
 */
public final class ClassActivationMaps {
    private ClassActivationMaps() {}

    /**
     * @param raw images scaled to [0, 1], one per row
     * @param labels the label whose map is wanted, per image
     * @return one map per image, {@code [n][rows * cols]}, values in [0, 1]
     */
    public static double[][] of(ImageClassifier model, INDArray raw, int[] labels) {
        INDArray x = model.standardization().apply(raw);
        if (model.network() instanceof FFConvNetwork ff) {
            return contrastive(ffScores(ff, x), ff.stack(), ff.image(), labels);
        }
        if (model.network() instanceof BPConvNetwork bp) {
            return contrastive(bpScores(bp, x), bp.stack(), bp.image(), labels);
        }
        throw new IllegalArgumentException("class activation maps need a CNN, got " + model.kind());
    }

    /** {@code [label][image][pixel]}: the goodness density of the last layer with label l's pattern. */
    private static double[][][] ffScores(FFConvNetwork ff, INDArray x) {
        int n = (int) x.rows();
        int last = ff.kernels().size() - 1;
        int pixels = ff.stack().outputShape(last, ff.image()).pixels();
        double[][][] s = new double[ff.classes()][n][pixels];
        int[] labels = new int[n];
        for (int l = 0; l < ff.classes(); l++) {
            java.util.Arrays.fill(labels, l);
            INDArray a = ff.pass(x, labels).activities.get(last);
            double[] density = a.mul(a).sum(1).toDoubleVector(); // rows are (image, pixel)
            for (int i = 0; i < n; i++) {
                System.arraycopy(density, i * pixels, s[l][i], 0, pixels);
            }
        }
        return s;
    }

    /** {@code [class][image][pixel]}: the contribution of each pixel's maps to the class logit. */
    private static double[][][] bpScores(BPConvNetwork bp, INDArray x) {
        int n = (int) x.rows();
        int last = bp.kernels().size() - 1;
        int pixels = bp.stack().outputShape(last, bp.image()).pixels();
        int filters = bp.kernels().get(last).outputSize();
        int classes = bp.classes();
        double[] a = bp.pass(x).activities.get(last).dup('c').data().asDouble();
        double[] w = bp.head().weights().dup('c').data().asDouble();
        double[][][] s = new double[classes][n][pixels];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < pixels; p++) {
                for (int o = 0; o < filters; o++) {
                    int unit = p * filters + o;
                    double activity = a[i * pixels * filters + unit];
                    for (int c = 0; c < classes; c++) {
                        s[c][i][p] += w[unit * classes + c] * activity;
                    }
                }
            }
        }
        return s;
    }

    private static double[][] contrastive(double[][][] scores, ConvStack stack, MapShape image, int[] labels) {
        MapShape shape = stack.outputShape(stack.layers() - 1, image);
        int classes = scores.length;
        double[][] out = new double[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            double[] cam = new double[shape.pixels()];
            for (int p = 0; p < cam.length; p++) {
                double mean = 0;
                for (int l = 0; l < classes; l++) {
                    mean += scores[l][i][p] / classes;
                }
                cam[p] = Math.max(0, scores[labels[i]][i][p] - mean);
            }
            out[i] = scaledToMax(upsample(cam, shape.height(), shape.width(), image.height(), image.width()));
        }
        return out;
    }

    /** Bilinear resize of a row-major {@code h x w} map, pixel centres aligned (as PyTorch's align_corners=False). */
    static double[] upsample(double[] map, int h, int w, int outH, int outW) {
        if (h == outH && w == outW) {
            return map.clone();
        }
        double[] out = new double[outH * outW];
        for (int y = 0; y < outH; y++) {
            double sy = Math.min(h - 1, Math.max(0, (y + 0.5) * h / outH - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(h - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < outW; x++) {
                double sx = Math.min(w - 1, Math.max(0, (x + 0.5) * w / outW - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(w - 1, x0 + 1);
                double fx = sx - x0;
                double top = map[y0 * w + x0] * (1 - fx) + map[y0 * w + x1] * fx;
                double bottom = map[y1 * w + x0] * (1 - fx) + map[y1 * w + x1] * fx;
                out[y * outW + x] = top * (1 - fy) + bottom * fy;
            }
        }
        return out;
    }

    private static double[] scaledToMax(double[] m) {
        double max = 0;
        for (double v : m) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            for (int i = 0; i < m.length; i++) {
                m[i] /= max;
            }
        }
        return m;
    }

    /**
     * The share of a map's mass on the given pixels ({@code mask[p]} true), e.g. a digit's strokes.
     * A map with no mass gives 0.
     */
    public static double massShare(double[] cam, boolean[] mask) {
        double on = 0;
        double total = 0;
        for (int p = 0; p < cam.length; p++) {
            total += cam[p];
            if (mask[p]) {
                on += cam[p];
            }
        }
        return total > 0 ? on / total : 0;
    }

    /**
     * The pixels of a raw image at or above {@code threshold}, grown by {@code margin} pixels (a CAM is
     * upsampled from a coarse map, so it cannot follow a stroke more closely than that).
     */
    public static boolean[] inkMask(double[] raw, int rows, int cols, double threshold, int margin) {
        boolean[] mask = new boolean[raw.length];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (raw[y * cols + x] < threshold) {
                    continue;
                }
                for (int dy = -margin; dy <= margin; dy++) {
                    for (int dx = -margin; dx <= margin; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < rows && xx >= 0 && xx < cols) {
                            mask[yy * cols + xx] = true;
                        }
                    }
                }
            }
        }
        return mask;
    }
}
