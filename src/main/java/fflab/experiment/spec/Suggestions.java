package fflab.experiment.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys and values: the closest allowed word within a small edit distance. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String word, Collection<String> allowed) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // a third of the word's length (at least 1, at most 3) keeps guesses plausible
        int limit = Math.max(1, Math.min(3, word.length() / 3));
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean \"x\"?" for the closest allowed word, or "" when none is close. */
    public static String didYouMean(String word, Collection<String> allowed) {
        return phrase(closest(word, allowed));
    }

    /** "; did you mean \"x\"?" for the closest path (see {@link #closestPath}), or "". */
    public static String didYouMeanPath(String path, Collection<String> allowed) {
        return phrase(closestPath(path, allowed));
    }

    private static String phrase(Optional<String> guess) {
        return guess.map(g -> "; did you mean \"" + g + "\"?").orElse("");
    }

    /**
     * For a path written short ({@code theta}) or misspelt: the full path that ends with it
     * ({@code models.ff-mlp.theta}), else the closest path.
     */
    public static Optional<String> closestPath(String path, Collection<String> allowed) {
        return allowed.stream().filter(p -> p.endsWith("." + path)).findFirst().or(() -> closest(path, allowed));
    }

    /**
     * Edit distance counting an insertion, deletion, substitution or swap of neighbours as one
     * (optimal string alignment), with '-' and '_' the same letter.
     */
    static int distance(String a, String b) {
        a = a.replace('-', '_');
        b = b.replace('-', '_');
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
