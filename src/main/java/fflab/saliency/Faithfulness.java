package fflab.saliency;

import fflab.data.ImageSet;
import fflab.model.ImageClassifier;
import fflab.model.Permutations;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How faithful a saliency map is to the model: remove pixels in order of decreasing saliency and
 * watch accuracy fall (deletion: a faithful map makes it fall fast, low area under the curve), or
 * start from the baseline image and insert pixels in that order (insertion: accuracy rises fast,
 * high area). Removed pixels take the occlusion baseline, so the curves speak ADS's language.
 */
public final class Faithfulness {
    public enum Kind { DELETION, INSERTION }

    /**
     * @param order name of the pixel order (e.g. {@code ads-k3}, {@code random}, {@code gradient-x-input})
     * @param fractions fraction of pixels removed (deletion) or inserted (insertion) at each point
     * @param auc area under the curve over fractions 0..1 (trapezoids)
     */
    public record Curve(String order, Kind kind, double[] fractions, double[] accuracy, double auc) {}

    private final ImageClassifier model;
    private final ImageSet images;
    private final float[] baselineRaw;
    private final int steps;

    public Faithfulness(ImageClassifier model, ImageSet images, float[] baselineRaw, int steps) {
        this.model = model;
        this.images = images;
        this.baselineRaw = baselineRaw.clone();
        this.steps = steps;
    }

    /** Pixels by decreasing saliency; equal values in a seeded random order, so ties favour no region. */
    public static int[] order(double[] saliency, long seed) {
        int[] shuffled = Permutations.random(saliency.length, new SplittableRandom(seed));
        Integer[] boxed = Arrays.stream(shuffled).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingDouble((Integer j) -> saliency[j]).reversed()); // stable
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    public Curve curve(String name, Kind kind, int[] order) {
        return curve(name, kind, new int[][] {order});
    }

    /** The mean curve over several orders (e.g. random ones). */
    public Curve curve(String name, Kind kind, int[][] orders) {
        double[] fractions = IntStream.rangeClosed(0, steps).mapToDouble(s -> s / (double) steps).toArray();
        double[] accuracy = new double[steps + 1];
        for (int[] order : orders) {
            double[] one = accuracies(kind, order);
            for (int s = 0; s <= steps; s++) {
                accuracy[s] += one[s] / orders.length;
            }
        }
        return new Curve(name, kind, fractions, accuracy, trapezoid(fractions, accuracy));
    }

    private double[] accuracies(Kind kind, int[] order) {
        int n = images.size();
        int f = images.features();
        float[] raw = images.images().dup('c').data().asFloat();
        float[] current = new float[n * f];
        for (int i = 0; i < n; i++) {
            if (kind == Kind.DELETION) {
                System.arraycopy(raw, i * f, current, i * f, f);
            } else {
                System.arraycopy(baselineRaw, 0, current, i * f, f);
            }
        }
        int[] labels = images.labels();
        double[] out = new double[steps + 1];
        int done = 0;
        for (int s = 0; s <= steps; s++) {
            int target = (int) Math.round(s / (double) steps * f);
            for (; done < target; done++) {
                int j = order[done];
                for (int i = 0; i < n; i++) {
                    current[i * f + j] = kind == Kind.DELETION ? baselineRaw[j] : raw[i * f + j];
                }
            }
            int[] predicted = model.predictRaw(Nd4j.create(current, new long[] {n, f}, 'c')).model();
            int correct = 0;
            for (int i = 0; i < n; i++) {
                correct += predicted[i] == labels[i] ? 1 : 0;
            }
            out[s] = correct / (double) n;
        }
        return out;
    }

    static double trapezoid(double[] x, double[] y) {
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return area;
    }
}
