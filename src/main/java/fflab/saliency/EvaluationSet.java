package fflab.saliency;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fflab.FflabException;
import fflab.data.ImageSet;
import fflab.model.Permutations;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Which images ADS is measured on, taken from a pool (the test set): all of them, a seeded
 * subset, or the images of one class. Written {@code test}, {@code subset:N}, {@code class:K}.
 */
public record EvaluationSet(Kind kind, int size, int classId) {
    public static final String ALLOWED = "test, subset:N (N >= 1), class:K (K a class id)";
    public static final EvaluationSet TEST = new EvaluationSet(Kind.TEST, 0, -1);

    public enum Kind { TEST, SUBSET, CLASS }

    public EvaluationSet {
        if (kind == Kind.SUBSET && size < 1) {
            throw new FflabException("--eval subset:N needs N >= 1, got " + size + "; allowed values: " + ALLOWED);
        }
        if (kind == Kind.CLASS && classId < 0) {
            throw new FflabException("--eval class:K needs a class id K >= 0, got " + classId + "; allowed values: "
                    + ALLOWED);
        }
    }

    public static EvaluationSet subset(int size) {
        return new EvaluationSet(Kind.SUBSET, size, -1);
    }

    public static EvaluationSet ofClass(int classId) {
        return new EvaluationSet(Kind.CLASS, 0, classId);
    }

    @JsonCreator
    public static EvaluationSet parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase();
        if (s.equals("test")) {
            return TEST;
        }
        int colon = s.indexOf(':');
        String head = colon < 0 ? s : s.substring(0, colon);
        if (colon > 0 && (head.equals("subset") || head.equals("class"))) {
            int n;
            try {
                n = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new FflabException("--eval '" + text + "': " + head + " needs a whole number; allowed values: "
                        + ALLOWED);
            }
            return head.equals("subset") ? subset(n) : ofClass(n);
        }
        throw new FflabException("--eval: unknown evaluation set '" + text + "'; allowed values: " + ALLOWED);
    }

    /** The images of {@code pool} this set names; subsets keep the pool's order. */
    public ImageSet select(ImageSet pool, long seed) {
        return kind == Kind.TEST ? pool : pool.subset(indices(pool, seed));
    }

    /** The positions in {@code pool} (test-file indices) of the images this set names, ascending. */
    public int[] indices(ImageSet pool, long seed) {
        return switch (kind) {
            case TEST -> IntStream.range(0, pool.size()).toArray();
            case SUBSET -> {
                if (size > pool.size()) {
                    throw new FflabException("--eval subset:" + size + " asks for more images than the " + pool.size()
                            + " available; allowed values: subset:1 .. subset:" + pool.size());
                }
                int[] picked = Arrays.copyOf(Permutations.random(pool.size(), new SplittableRandom(seed)), size);
                Arrays.sort(picked);
                yield picked;
            }
            case CLASS -> {
                int[] labels = pool.labels();
                int[] picked = IntStream.range(0, labels.length).filter(i -> labels[i] == classId).toArray();
                if (picked.length == 0) {
                    throw new FflabException("--eval class:" + classId + ": the evaluation pool has no image of class "
                            + classId + "; allowed values: class:K with K in " + presentClasses(labels));
                }
                yield picked;
            }
        };
    }

    private static String presentClasses(int[] labels) {
        return Arrays.toString(Arrays.stream(labels).distinct().sorted().toArray());
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (kind) {
            case TEST -> "test";
            case SUBSET -> "subset:" + size;
            case CLASS -> "class:" + classId;
        };
    }
}
