package fflab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    @DisplayName("cooldown keeps the full rate for the first half, then falls linearly to 1/epochs of it")
    void cooldown() {
        LearningRateSchedule s = LearningRateSchedule.COOLDOWN;
        assertThat(s.factor(1, 10)).isEqualTo(1.0);
        assertThat(s.factor(6, 10)).isEqualTo(1.0);
        assertThat(s.factor(7, 10)).isCloseTo(0.8, within(1e-12));
        assertThat(s.factor(10, 10)).isCloseTo(0.2, within(1e-12));
        for (int e = 2; e <= 10; e++) {
            assertThat(s.factor(e, 10)).isLessThanOrEqualTo(s.factor(e - 1, 10));
        }
        assertThat(LearningRateSchedule.CONSTANT.factor(10, 10)).isEqualTo(1.0);
    }

    @Test
    @DisplayName("a BP config gives each epoch its scheduled rate; saved configs without a schedule read as constant")
    void bpConfigFollowsItsSchedule() {
        BPConfig cooled = BPConfig.reference().toBuilder()
                .set(BPConfig::learningRateSchedule, LearningRateSchedule.COOLDOWN).build();
        assertThat(cooled.learningRate(1)).isEqualTo(cooled.learningRate());
        assertThat(cooled.learningRate(cooled.epochs())).isCloseTo(cooled.learningRate() * 2 / cooled.epochs(),
                within(1e-15));
        BPConfig constant = BPConfig.reference().toBuilder()
                .set(BPConfig::learningRateSchedule, LearningRateSchedule.CONSTANT).build();
        assertThat(constant.learningRate(20)).isEqualTo(constant.learningRate());
        assertThat(new BPConfig(java.util.List.of(10), 1e-3, 2, 10, 1, null).learningRateSchedule())
                .isEqualTo(LearningRateSchedule.CONSTANT);
    }
}
