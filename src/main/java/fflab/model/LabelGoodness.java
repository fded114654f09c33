package fflab.model;

import fflab.predict.Predictor;

/**
 * Goodness of every layer for every image overlaid with every label: the numbers FF predicts from.
 * Stored as {@code [layer][image * classes + label]}.
 */
public final class LabelGoodness {
    private final float[][] values;
    private final int images;
    private final int classes;

    public LabelGoodness(int layers, int images, int classes) {
        this.values = new float[layers][images * classes];
        this.images = images;
        this.classes = classes;
    }

    public void set(int layer, int image, int label, float goodness) {
        values[layer][image * classes + label] = goodness;
    }

    public float get(int layer, int image, int label) {
        return values[layer][image * classes + label];
    }

    public int layers() {
        return values.length;
    }

    public int images() {
        return images;
    }

    public int classes() {
        return classes;
    }

    /** Goodness summed over layers {@code from..layers-1}, {@code [image * classes + label]}. */
    public double[] summed(int fromLayer) {
        double[] total = new double[images * classes];
        for (int k = fromLayer; k < values.length; k++) {
            float[] layer = values[k];
            for (int i = 0; i < total.length; i++) {
                total[i] += layer[i];
            }
        }
        return total;
    }

    /** The label of largest goodness summed over layers {@code from..}, per image. */
    public int[] predict(int fromLayer) {
        return argmax(summed(fromLayer));
    }

    /** The label of largest goodness of one layer alone, per image. */
    /** The label of largest goodness summed from layer {@code fromLayer} on, each layer's own choice, the sums. */
    public Predictor.Predictions predictions(int fromLayer) {
        int[][] perLayer = new int[layers()][];
        for (int k = 0; k < perLayer.length; k++) {
            perLayer[k] = predictWithLayer(k);
        }
        return new Predictor.Predictions(predict(fromLayer), perLayer, summed(fromLayer));
    }

    public int[] predictWithLayer(int layer) {
        float[] v = values[layer];
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return argmax(d);
    }

    private int[] argmax(double[] scores) {
        int[] out = new int[images];
        for (int i = 0; i < images; i++) {
            int best = 0;
            for (int l = 1; l < classes; l++) {
                if (scores[i * classes + l] > scores[i * classes + best]) {
                    best = l;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
