package fflab.saliency;

import fflab.stats.Correction;
import fflab.stats.McNemar;
/**
 * Which positions' accuracy differences are real: McNemar's exact test per position on the
 * paired per-image correctness, corrected over all positions of the map.
 *
 * @param pValues raw p-values per position
 * @param adjusted corrected p-values per position
 * @param significant adjusted p-value below alpha
 */
public record Significance(Correction correction, double alpha, double[] pValues, double[] adjusted,
                           boolean[] significant) {

    /** The test of every position of a pass (all images, or one class when {@code classId >= 0}). */
    public static Significance of(SaliencyCounts counts, int classId, Correction correction, double alpha) {
        int positions = counts.positions();
        double[] p = new double[positions];
        for (int q = 0; q < positions; q++) {
            p[q] = classId < 0 ? McNemar.exactPValue(counts.toWrong(q), counts.toRight(q))
                    : McNemar.exactPValue(counts.toWrong(q, classId), counts.toRight(q, classId));
        }
        double[] adjusted = MultipleTesting.adjust(p, correction);
        boolean[] significant = new boolean[positions];
        for (int q = 0; q < positions; q++) {
            significant[q] = adjusted[q] < alpha;
        }
        return new Significance(correction, alpha, p, adjusted, significant);
    }

    public int count() {
        int n = 0;
        for (boolean s : significant) {
            n += s ? 1 : 0;
        }
        return n;
    }

    /** 1 for significant positions, else 0. */
    public double[] mask() {
        double[] out = new double[significant.length];
        for (int q = 0; q < out.length; q++) {
            out[q] = significant[q] ? 1 : 0;
        }
        return out;
    }
}
