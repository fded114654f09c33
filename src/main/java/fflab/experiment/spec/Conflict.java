package fflab.experiment.spec;

/** An impossible combination of option values, blamed on {@code key}. */
public record Conflict(String key, String message) {}
