package fflab.data;

/** Training, validation and test sets of one experiment; see {@link Splitter}. */
public record Split(ImageSet train, ImageSet validation, ImageSet test) {
}
