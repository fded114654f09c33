package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Seeded train/validation split")
class SplitterTest {
    private final LoadedDataset mnist = RealData.mnist();

    @Test
    void defaultSplitIs50000TrainAnd10000ValidationWithTheTestSetUntouched() {
        Split split = Splitter.split(mnist, 1);
        assertThat(split.train().size()).isEqualTo(50_000);
        assertThat(split.validation().size()).isEqualTo(10_000);
        assertThat(split.test()).isSameAs(mnist.test());
        assertThat(split.train().images().shape()).containsExactly(50_000, 784);
    }

    @Test
    void trainAndValidationAreDisjointAndCoverTheTrainingFile() {
        Splitter.SplitIndices idx = Splitter.indices(60_000, 10_000, 7, 0);
        BitSet seen = new BitSet();
        for (int i : idx.train()) {
            seen.set(i);
        }
        for (int i : idx.validation()) {
            assertThat(seen.get(i)).as("index %d in both sets", i).isFalse();
            seen.set(i);
        }
        assertThat(seen.cardinality()).isEqualTo(60_000);
        assertThat(idx.train()).hasSize(50_000);
    }

    @Test
    void splitRowsAreTheTrainingRowsAtTheChosenIndices() {
        Split split = Splitter.split(mnist, 10_000, 7, 0);
        Splitter.SplitIndices idx = Splitter.indices(60_000, 10_000, 7, 0);
        int[] all = mnist.train().labels();
        assertThat(split.train().labels()).isEqualTo(Arrays.stream(idx.train()).map(i -> all[i]).toArray());
        assertThat(split.validation().labels()).isEqualTo(Arrays.stream(idx.validation()).map(i -> all[i]).toArray());
        for (int k : new int[] {0, 12_345, 49_999}) {
            assertThat(split.train().images().getRow(k).toFloatVector())
                    .isEqualTo(mnist.train().images().getRow(idx.train()[k]).toFloatVector());
        }
        assertThat(split.validation().images().getRow(9_999).toFloatVector())
                .isEqualTo(mnist.train().images().getRow(idx.validation()[9_999]).toFloatVector());
    }

    @Test
    void sameSeedGivesTheSameSplitAndAnotherSeedADifferentOne() {
        Split a = Splitter.split(mnist, 10_000, 42, 1_000);
        Split b = Splitter.split(mnist, 10_000, 42, 1_000);
        Split c = Splitter.split(mnist, 10_000, 43, 1_000);
        assertThat(b.train().labels()).isEqualTo(a.train().labels());
        assertThat(b.validation().labels()).isEqualTo(a.validation().labels());
        assertThat(b.train().images().equalsWithEps(a.train().images(), 0)).isTrue();
        assertThat(c.train().labels()).isNotEqualTo(a.train().labels());
        assertThat(c.validation().labels()).isNotEqualTo(a.validation().labels());
    }

    @Test
    void aSeedPinsTheSameIndicesInEveryJvm() {
        // java.util.Random's sequence is part of its specification, so these never change
        Splitter.SplitIndices idx = Splitter.indices(60_000, 10_000, 42, 0);
        assertThat(idx.train()).startsWith(50176, 21835, 34626, 14829, 15190);
        assertThat(idx.validation()).startsWith(23802, 3910, 40785);
    }

    @Test
    void trainLimitKeepsTheFirstImagesOfTheShuffledTrainPart() {
        Split limited = Splitter.split(mnist, 10_000, 5, 3_000);
        Splitter.SplitIndices full = Splitter.indices(60_000, 10_000, 5, 0);
        assertThat(limited.train().size()).isEqualTo(3_000);
        assertThat(limited.validation().size()).isEqualTo(10_000);
        assertThat(limited.train().labels()).isEqualTo(
                Arrays.stream(full.train()).limit(3_000).map(i -> mnist.train().label(i)).toArray());
        assertThat(limited.validation().labels()).isEqualTo(
                Arrays.stream(full.validation()).map(i -> mnist.train().label(i)).toArray());
    }

    @Test
    void splitsAreCopiesSoTheCachedDatasetStaysIntact() {
        Split split = Splitter.split(mnist, 10_000, 3, 500);
        double before = mnist.train().images().getRow(Splitter.indices(60_000, 10_000, 3, 500).train()[0])
                .sumNumber().doubleValue();
        split.train().images().assign(0);
        double after = mnist.train().images().getRow(Splitter.indices(60_000, 10_000, 3, 500).train()[0])
                .sumNumber().doubleValue();
        assertThat(after).isEqualTo(before).isPositive();
    }

    @Test
    void invalidSizesAreClearErrors() {
        assertThatThrownBy(() -> Splitter.split(mnist, 0, 1, 0))
                .isInstanceOf(DataException.class)
                .hasMessage("Validation size must be between 1 and 59999 (the training file has 60000 images), got 0");
        assertThatThrownBy(() -> Splitter.split(mnist, 60_000, 1, 0))
                .isInstanceOf(DataException.class).hasMessageContaining("got 60000");
        assertThatThrownBy(() -> Splitter.split(mnist, 10_000, 1, 50_001))
                .isInstanceOf(DataException.class)
                .hasMessage("Train limit must be between 0 (no limit) and 50000 (60000 images minus 10000 for "
                        + "validation), got 50001");
        assertThatThrownBy(() -> Splitter.split(mnist, 10_000, 1, -1))
                .isInstanceOf(DataException.class).hasMessageContaining("got -1");
    }
}
