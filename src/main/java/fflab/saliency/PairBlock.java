package fflab.saliency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of (window, image) pairs to evaluate at once, kept in runs of the same window so that
 * each run's window algebra is one matrix multiply.
 */
final class PairBlock {
    /** Pairs {@code from..to-1} of the block share {@code window}. */
    record Segment(Window window, int from, int to) {
        int size() {
            return to - from;
        }
    }

    private final int[] images;
    private final List<Segment> segments = new ArrayList<>();
    private int size;
    private Window open;
    private int openFrom;

    PairBlock(int capacity) {
        this.images = new int[capacity];
    }

    void add(Window window, int image) {
        if (window != open) {
            closeSegment();
            open = window;
            openFrom = size;
        }
        images[size++] = image;
    }

    boolean full() {
        return size == images.length;
    }

    int size() {
        return size;
    }

    int capacity() {
        return images.length;
    }

    int image(int pair) {
        return images[pair];
    }

    /** The images of the pairs, in order (a copy). */
    int[] images() {
        return Arrays.copyOf(images, size);
    }

    List<Segment> segments() {
        closeSegment();
        return segments;
    }

    /** The window of every pair, in order. */
    Window[] windows() {
        Window[] out = new Window[size];
        for (Segment s : segments()) {
            Arrays.fill(out, s.from(), s.to(), s.window());
        }
        return out;
    }

    void clear() {
        size = 0;
        segments.clear();
        open = null;
    }

    private void closeSegment() {
        if (open != null && size > openFrom) {
            segments.add(new Segment(open, openFrom, size));
        }
        if (open != null) {
            openFrom = size;
        }
    }
}
