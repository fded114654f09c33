package fflab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

@DisplayName("Image sets")
class ImageSetTest {
    private final ImageSet test = RealData.mnist().test();

    @Test
    void subsetCopiesTheRowsInTheOrderGiven() {
        int[] picked = {9_999, 0, 42, 0};
        ImageSet s = test.subset(picked);
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.labels()).containsExactly(test.label(9_999), test.label(0), test.label(42), test.label(0));
        for (int k = 0; k < picked.length; k++) {
            assertThat(s.images().getRow(k).toFloatVector()).isEqualTo(test.images().getRow(picked[k]).toFloatVector());
        }
        s.images().muli(0);
        assertThat(test.images().getRow(42).sumNumber().doubleValue()).as("the original is untouched").isPositive();
    }

    @Test
    void headKeepsTheFirstImages() {
        ImageSet h = test.head(100);
        assertThat(h.size()).isEqualTo(100);
        assertThat(h.rows()).isEqualTo(28);
        assertThat(h.labels()).startsWith(7, 2, 1, 0, 4).isEqualTo(Arrays.copyOf(test.labels(), 100));
        assertThat(h.images().equalsWithEps(test.images().getRows(IntStream.range(0, 100).toArray()), 0))
                .isTrue();
        ImageSet one = test.head(1);
        assertThat(one.images().shape()).containsExactly(1, 784);
        assertThat(one.labels()).containsExactly(7);
    }

    @Test
    void labelsAreACopy() {
        int[] labels = test.labels();
        labels[0] = 3;
        assertThat(test.label(0)).isEqualTo(7);
    }

    @Test
    void inconsistentShapesAndLabelsAreRejected() {
        ImageSet ten = test.head(10);
        assertThatThrownBy(() -> new ImageSet(ten.images(), new int[9], 28, 28))
                .isInstanceOf(DataException.class).hasMessage("Got 10 images but 9 labels");
        assertThatThrownBy(() -> new ImageSet(ten.images(), ten.labels(), 28, 27))
                .isInstanceOf(DataException.class).hasMessageContaining("must have shape [n, 756]");
        assertThatThrownBy(() -> new ImageSet(ten.images().castTo(DataType.DOUBLE), ten.labels(), 28, 28))
                .isInstanceOf(DataException.class).hasMessageContaining("float32");
        int[] bad = ten.labels();
        bad[5] = 10;
        assertThatThrownBy(() -> new ImageSet(ten.images(), bad, 28, 28))
                .isInstanceOf(DataException.class).hasMessage("Label 10 at index 5 is outside 0..9");
        assertThatThrownBy(() -> test.subset(new int[] {10_000}))
                .isInstanceOf(DataException.class).hasMessageContaining("outside this set of 10000 images");
        assertThatThrownBy(() -> test.head(0)).isInstanceOf(DataException.class);
    }
}
