package fflab.data;

/** The four files of an IDX dataset, named as on the original download sites (same names for every dataset). */
public enum DatasetFile {
    TRAIN_IMAGES("train-images-idx3-ubyte.gz"),
    TRAIN_LABELS("train-labels-idx1-ubyte.gz"),
    TEST_IMAGES("t10k-images-idx3-ubyte.gz"),
    TEST_LABELS("t10k-labels-idx1-ubyte.gz");

    private final String fileName;

    DatasetFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
