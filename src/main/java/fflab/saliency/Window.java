package fflab.saliency;

/**
 * One occlusion: the pixels (row-major indices, ascending, clipped at the borders) of a k x k
 * window centred on pixel {@code (centreRow, centreCol)}.
 *
 * @param index the position's number in its {@link OcclusionGrid}, or -1 for {@link #NONE}
 */
public record Window(int index, int centreRow, int centreCol, int[] pixels) {
    /** No occlusion at all: the unoccluded image. */
    public static final Window NONE = new Window(-1, -1, -1, new int[0]);

    public int size() {
        return pixels.length;
    }
}
