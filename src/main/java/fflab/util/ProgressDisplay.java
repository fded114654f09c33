package fflab.util;

/** Where {@link Progress} shows its state: a live bar, occasional plain lines, or nowhere. */
interface ProgressDisplay {
    /** Shows nothing: for FFLAB_PROGRESS=off. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public void update(long done) {}

        @Override
        public void setExtraMessage(String message) {}

        @Override
        public void close(long done) {}
    };

    void update(long done);

    void setExtraMessage(String message);

    void close(long done);
}
