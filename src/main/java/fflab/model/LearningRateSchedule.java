package fflab.model;

/** How the learning rate changes over a stage's epochs. */
public enum LearningRateSchedule {
    /** The same rate every epoch (the reference code). */
    CONSTANT,
    /** Full rate for the first half of the epochs, then linearly down to 2/epochs of it at the last epoch. */
    COOLDOWN;

    /** The factor applied to the base rate in epoch {@code epoch} (from 1) of {@code epochs}. */
    public double factor(int epoch, int epochs) {
        if (this == CONSTANT) {
            return 1.0;
        }
        return Math.min(1.0, 2.0 * (epochs - epoch + 1) / epochs);
    }
}
