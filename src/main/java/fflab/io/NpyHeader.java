package fflab.io;

import fflab.FflabException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The preamble and header of a .npy file, per
 * https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html: magic, version, header
 * length, then a Python dict literal padded so that the data starts at a multiple of 64 bytes.
 */
record NpyHeader(NpyDtype dtype, ByteOrder byteOrder, boolean fortranOrder, long[] shape) {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    private static final int V1_PREAMBLE_BYTES = MAGIC.length + 2 + 2; // magic, version, uint16 length

    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*['\"]([<>|=])(\\w+)['\"]");
    private static final Pattern FORTRAN = Pattern.compile("['\"]fortran_order['\"]\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)");

    long elementCount() {
        return Arrays.stream(shape).reduce(1L, Math::multiplyExact);
    }

    long dataBytes() {
        return Math.multiplyExact(elementCount(), (long) dtype.itemBytes);
    }

    /** Version 1.0 preamble and header; writers always emit little-endian, C-order data. */
    byte[] encode() {
        String order = byteOrder == ByteOrder.LITTLE_ENDIAN ? "<" : ">";
        String dict = "{'descr': '" + order + dtype.code() + "', 'fortran_order': "
                + (fortranOrder ? "True" : "False") + ", 'shape': " + shapeTuple() + ", }";
        int unpadded = V1_PREAMBLE_BYTES + dict.length() + 1; // +1 for the final newline
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String header = dict + " ".repeat(padding) + "\n";
        if (header.length() > 0xFFFF) {
            throw new IllegalArgumentException("shape " + shapeTuple() + " needs a header longer than .npy 1.0 allows");
        }
        ByteBuffer bytes = ByteBuffer.allocate(V1_PREAMBLE_BYTES + header.length()).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        bytes.put(header.getBytes(StandardCharsets.ISO_8859_1));
        return bytes.array();
    }

    /** Python's tuple syntax: {@code ()}, {@code (5,)}, {@code (2, 3)}. */
    String shapeTuple() {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Reads the preamble and header, leaving {@code in} at the first data byte. */
    static NpyHeader read(ReadableByteChannel in, Path file) throws IOException {
        ByteBuffer start = readUpTo(in, MAGIC.length + 2);
        byte[] magic = new byte[Math.min(MAGIC.length, start.remaining())];
        start.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new FflabException(file + " is not a .npy file (it does not start with \\x93NUMPY)");
        }
        if (start.remaining() < 2) {
            throw truncated(file);
        }
        int major = start.get();
        int lengthBytes = switch (major) {
            case 1 -> 2;
            case 2, 3 -> 4;
            default -> throw new FflabException(file + ": unsupported .npy format version " + major + " (supported: 1, 2, 3)");
        };
        ByteBuffer length = readFully(in, lengthBytes, file).order(ByteOrder.LITTLE_ENDIAN);
        long headerBytes = lengthBytes == 2 ? Short.toUnsignedInt(length.getShort()) : Integer.toUnsignedLong(length.getInt());
        if (headerBytes > 1 << 20) {
            throw new FflabException(file + ": implausible .npy header length " + headerBytes);
        }
        Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        ByteBuffer header = readFully(in, (int) headerBytes, file);
        return parse(charset.decode(header).toString(), file);
    }

    static NpyHeader parse(String header, Path file) {
        Matcher descr = DESCR.matcher(header);
        if (!descr.find()) {
            throw new FflabException(file + ": unsupported or missing 'descr' in .npy header " + header.strip()
                    + " (supported: " + NpyDtype.supportedCodes() + ")");
        }
        NpyDtype dtype = NpyDtype.ofCode(descr.group(2)).orElseThrow(() -> new FflabException(
                file + ": unsupported dtype '" + descr.group(1) + descr.group(2) + "' (supported: " + NpyDtype.supportedCodes() + ")"));
        ByteOrder order = descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN
                : descr.group(1).equals("=") ? ByteOrder.nativeOrder() : ByteOrder.LITTLE_ENDIAN;
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!fortran.find() || !shape.find()) {
            throw new FflabException(file + ": .npy header lacks 'fortran_order' or 'shape': " + header.strip());
        }
        return new NpyHeader(dtype, order, fortran.group(1).equals("True"), parseShape(shape.group(1), file));
    }

    private static long[] parseShape(String tuple, Path file) {
        try {
            long[] shape = Arrays.stream(tuple.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .mapToLong(s -> Long.parseLong(s.endsWith("L") ? s.substring(0, s.length() - 1) : s)).toArray();
            if (Arrays.stream(shape).anyMatch(d -> d < 0)) {
                throw new NumberFormatException("negative dimension");
            }
            return shape;
        } catch (NumberFormatException e) {
            throw new FflabException(file + ": bad shape (" + tuple + ") in .npy header");
        }
    }

    private static ByteBuffer readFully(ReadableByteChannel in, int bytes, Path file) throws IOException {
        ByteBuffer buffer = readUpTo(in, bytes);
        if (buffer.remaining() < bytes) {
            throw truncated(file);
        }
        return buffer;
    }

    /** Up to {@code bytes} bytes, fewer only at the end of the file. */
    private static ByteBuffer readUpTo(ReadableByteChannel in, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining() && in.read(buffer) >= 0) {
            // keep reading: channels may return fewer bytes than asked
        }
        return buffer.flip();
    }

    private static FflabException truncated(Path file) {
        return new FflabException(file + " is truncated: it ends inside the .npy header");
    }
}
