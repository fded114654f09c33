package fflab.nn;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The values of a c-ordered, contiguous float or double ND4J array, read and written in place
 * from plain Java through its native buffer. For the small element-wise work of a training step,
 * where a JNI call and a native kernel launch (tens of microseconds, and a wait for every thread
 * of the op) cost more than the arithmetic: one Java pass over a batch replaces several ops.
 * Index {@code i} is the i-th element in row-major order.
 *
 * <p>The buffers are raw views of native memory that ND4J frees when the array is collected, so this
 * object holds the array and every access fences it: a temporary such as {@code of(layer.preActivation(x))}
 * stays allocated while it is read (without that, a collection mid-pass freed it under the reader, and
 * with the 4 MiB mmap threshold that unmapped the pages: a SIGSEGV in an array copy).
 */
public final class HostValues {
    private final INDArray owner;
    private final FloatBuffer floats;
    private final DoubleBuffer doubles;
    private final int length;

    private HostValues(INDArray a) {
        if (!isPlain(a)) {
            throw new IllegalArgumentException("not a contiguous c-ordered float or double array: " + a.shapeInfoToString());
        }
        long offset = a.offset();
        long end = offset + a.length();
        if (end > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("array too large for host access: " + end + " elements");
        }
        this.owner = a;
        this.length = (int) a.length();
        if (a.dataType() == DataType.FLOAT) {
            FloatBuffer all = new FloatPointer(a.data().pointer()).capacity(end).asBuffer();
            this.floats = all.position((int) offset).slice();
            this.doubles = null;
        } else {
            DoubleBuffer all = new DoublePointer(a.data().pointer()).capacity(end).asBuffer();
            this.doubles = all.position((int) offset).slice();
            this.floats = null;
        }
    }

    /** Host access to {@code a}, which must be {@link #isPlain plain}. */
    public static HostValues of(INDArray a) {
        return new HostValues(a);
    }

    /** Whether {@code a} is float or double, c-ordered and contiguous (its elements in row-major order). */
    public static boolean isPlain(INDArray a) {
        if (a.dataType() != DataType.FLOAT && a.dataType() != DataType.DOUBLE) {
            return false;
        }
        if (a.ordering() != 'c' && a.rank() > 1 && a.rows() > 1) {
            return false;
        }
        long[] shape = a.shape();
        long[] stride = a.stride();
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && stride[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    public boolean isFloat() {
        return floats != null;
    }

    /** Copies values {@code from..from+length-1} of a float array into {@code target[0..length-1]}. */
    public void read(int from, float[] target, int length) {
        floats.get(from, target, 0, length);
        Reference.reachabilityFence(owner);
    }

    /** Copies {@code source[0..length-1]} into values {@code to..to+length-1} of a float array. */
    public void write(int to, float[] source, int length) {
        floats.put(to, source, 0, length);
        Reference.reachabilityFence(owner);
    }

    private static final ThreadLocal<float[][]> ROW_SCRATCH = ThreadLocal.withInitial(() -> new float[1][0]);

    private static float[] rowScratch(int length) {
        float[][] holder = ROW_SCRATCH.get();
        if (holder[0].length < length) {
            holder[0] = new float[length];
        }
        return holder[0];
    }

    /**
     * Values {@code from..from+length-1} into {@code target[0..length-1]}, as doubles: a bulk copy
     * and a conversion loop the JIT vectorises, where element-wise access is not.
     */
    public void readRow(int from, double[] target, int length) {
        if (floats == null) {
            doubles.get(from, target, 0, length);
        } else {
            float[] f = rowScratch(length);
            floats.get(from, f, 0, length);
            for (int k = 0; k < length; k++) {
                target[k] = f[k];
            }
        }
        Reference.reachabilityFence(owner);
    }

    /** {@code source[0..length-1]} into values {@code to..to+length-1} (rounded to float for a float array). */
    public void writeRow(int to, double[] source, int length) {
        if (floats == null) {
            doubles.put(to, source, 0, length);
        } else {
            float[] f = rowScratch(length);
            for (int k = 0; k < length; k++) {
                f[k] = (float) source[k];
            }
            floats.put(to, f, 0, length);
        }
        Reference.reachabilityFence(owner);
    }

    public int length() {
        return length;
    }

    public double get(int i) {
        double v = floats != null ? floats.get(i) : doubles.get(i);
        Reference.reachabilityFence(owner);
        return v;
    }

    public void set(int i, double v) {
        if (floats != null) {
            floats.put(i, (float) v);
        } else {
            doubles.put(i, v);
        }
        Reference.reachabilityFence(owner);
    }

    /** Copies {@code length} values of {@code source} from {@code from} to this array's {@code to} (same type). */
    public void copy(HostValues source, int from, int to, int length) {
        if (floats != null) {
            floats.put(to, source.floats, from, length);
        } else {
            doubles.put(to, source.doubles, from, length);
        }
        Reference.reachabilityFence(owner);
        Reference.reachabilityFence(source.owner);
    }

    /**
     * Copies whole rows of {@code width} values: row {@code rows[i]} of {@code source} becomes row
     * {@code i} of {@code target}. A gather on the calling thread, for step-sized batches (ND4J's
     * {@code pullRows} for arrays that are not plain).
     */
    public static void gatherRows(INDArray source, int[] rows, INDArray target) {
        if (!isPlain(source) || !isPlain(target)) {
            Nd4j.pullRows(source, target, 1, rows); // views and other layouts: ND4J's gather
            return;
        }
        HostValues from = of(source);
        HostValues to = of(target);
        int width = (int) source.columns();
        if (target.columns() != width || target.rows() != rows.length || source.dataType() != target.dataType()) {
            throw new IllegalArgumentException("gather of " + rows.length + " rows of " + width + " into "
                    + target.shapeInfoToString());
        }
        for (int i = 0; i < rows.length; i++) {
            to.copy(from, rows[i] * width, i * width, width);
        }
    }

    public void add(int i, double v) {
        if (floats != null) {
            floats.put(i, (float) (floats.get(i) + v));
        } else {
            doubles.put(i, doubles.get(i) + v);
        }
        Reference.reachabilityFence(owner);
    }
}
