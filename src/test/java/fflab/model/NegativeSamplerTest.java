package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NegativeSamplerTest {
    private static final int N = 20_000;
    private static final int[] LABELS = new int[N];

    static {
        for (int i = 0; i < N; i++) {
            LABELS[i] = i % 10;
        }
    }

    @Test
    @DisplayName("wrong negatives never repeat the true label and cover the nine others evenly")
    void wrongIsUniformOverWrongLabels() {
        int[] neg = new NegativeSampler(NegativeMode.WRONG, 10).draw(LABELS, new SplittableRandom(1), () -> null);
        int[][] counts = new int[10][10];
        for (int i = 0; i < N; i++) {
            assertThat(neg[i]).isNotEqualTo(LABELS[i]);
            counts[LABELS[i]][neg[i]]++;
        }
        for (int y = 0; y < 10; y++) {
            for (int w = 0; w < 10; w++) {
                if (w != y) {
                    // 2000 images per label, about 222 per wrong label; 5 sigma is about 70
                    assertThat(counts[y][w]).isBetween(150, 300);
                }
            }
        }
    }

    @Test
    @DisplayName("shuffled negatives are a permutation of the batch's labels, as the reference code")
    void shuffledIsAPermutation() {
        int[] neg = new NegativeSampler(NegativeMode.SHUFFLED, 10).draw(LABELS, new SplittableRandom(1), () -> null);
        int[] sortedNeg = neg.clone();
        int[] sortedLabels = LABELS.clone();
        Arrays.sort(sortedNeg);
        Arrays.sort(sortedLabels);
        assertThat(sortedNeg).containsExactly(sortedLabels);
        long same = java.util.stream.IntStream.range(0, N).filter(i -> neg[i] == LABELS[i]).count();
        assertThat(same).as("the true label recurs about 10 % of the time").isBetween(1500L, 2500L);
    }

    @Test
    @DisplayName("hard negatives favour the wrong label of largest goodness")
    void hardFollowsGoodness() {
        int n = 1000;
        int[] labels = new int[n];
        LabelGoodness g = new LabelGoodness(1, n, 10);
        for (int i = 0; i < n; i++) {
            labels[i] = 0;
            for (int l = 0; l < 10; l++) {
                g.set(0, i, l, l == 3 ? 5f : 0f);
            }
        }
        int[] neg = new NegativeSampler(NegativeMode.HARD, 10).draw(labels, new SplittableRandom(1), () -> g);
        long threes = Arrays.stream(neg).filter(l -> l == 3).count();
        // p(3) = e^5 / (e^5 + 8) = 0.949
        assertThat(threes).isBetween(920L, 975L);
        assertThat(neg).doesNotContain(0);
    }
}
