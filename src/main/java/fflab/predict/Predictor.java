package fflab.predict;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Anything that labels standardised images: a model or a partly trained one. */
public interface Predictor {

    /** The model's labels and, when the layers can predict alone, each layer's labels. */
    Predictions predictAll(INDArray images);

    default int[] predict(INDArray images) {
        return predictAll(images).model();
    }

    /** The share of images whose label is right; NaN for no images. */
    static double accuracy(int[] predicted, int[] truth) {
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            if (predicted[i] == truth[i]) {
                correct++;
            }
        }
        return truth.length == 0 ? Double.NaN : (double) correct / truth.length;
    }

    /**
     * @param model the model's label per image
     * @param perLayer one array per layer, or none when layers do not predict alone
     * @param scores the scores the labels were chosen from, {@code [image * classes + label]}:
     *               summed goodness (FF) or probability (BP)
     */
    record Predictions(int[] model, int[][] perLayer, double[] scores) {
        /** The argmax of each row of class probabilities {@code [images, classes]}, the probabilities as scores. */
        public static Predictions ofProbabilities(INDArray p) {
            return new Predictions(fflab.nn.Tensors.argmaxRows(p), new int[0][], p.dup('c').data().asDouble());
        }
    }
}
