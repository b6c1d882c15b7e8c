package io.patentdesk.app.models;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a model's weights are stored, read from its ONNX graph: the operators (int4 or int8 {@code MatMulNBits},
 * {@code MatMulInteger}, ...) and the element types of the weights. It walks the protobuf and skips the weights' bytes
 * by seeking, so a multi-gigabyte graph costs a few reads, and external data is never opened. Subgraphs (the branches
 * of an Optimum merged decoder) are walked too.
 */
public final class GraphQuantization {
    /** The kinds of stored weights this reports, as a drafter's model list names them. */
    public enum Kind {
        INT4("int4"), INT8("int8"), FP16("fp16"), BF16("bf16"), FP32("fp32"), UNKNOWN("unknown");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Set<String> INT8_OPS = Set.of("MatMulInteger", "QLinearMatMul", "DynamicQuantizeMatMul",
            "QAttention", "QGemm", "DynamicQuantizeLSTM");

    private final Set<String> ops = new HashSet<>();
    private final Map<Kind, Long> elements = new EnumMap<>(Kind.class);
    private long nbitsBits = 0; // the bits of the MatMulNBits seen (4 or 8); 0 for none
    private final Cursor in;

    private GraphQuantization(FileChannel ch) {
        this.in = new Cursor(ch);
    }

    /** What {@link #of(Path)} found: the kind and a few words on how it was told ("MatMulNBits, 4 bits"). */
    public record Result(Kind kind, String evidence) {
        public String describe() {
            return kind == Kind.UNKNOWN ? "unknown" : kind.label() + " (" + evidence + ")";
        }
    }

    /** Reads {@code onnxFile}'s graph. */
    public static Result of(Path onnxFile) throws IOException {
        try (FileChannel ch = FileChannel.open(onnxFile, StandardOpenOption.READ)) {
            GraphQuantization q = new GraphQuantization(ch);
            q.model(ch.size());
            return q.verdict();
        }
    }

    private Result verdict() {
        if (ops.contains("MatMulNBits")) {
            return nbitsBits == 8 ? new Result(Kind.INT8, "MatMulNBits, 8 bits")
                    : new Result(Kind.INT4, "MatMulNBits, " + (nbitsBits == 0 ? 4 : nbitsBits) + " bits");
        }
        for (String op : INT8_OPS) {
            if (ops.contains(op)) {
                return new Result(Kind.INT8, op);
            }
        }
        Kind most = Kind.UNKNOWN;
        long count = 0;
        for (Map.Entry<Kind, Long> e : elements.entrySet()) {
            if (e.getValue() > count) {
                most = e.getKey();
                count = e.getValue();
            }
        }
        return most == Kind.UNKNOWN ? new Result(Kind.UNKNOWN, "") : new Result(most, "most weights");
    }

    // ModelProto: graph = 7.
    private void model(long end) throws IOException {
        while (in.pos < end) {
            long tag = in.varint();
            if (field(tag) == 7 && wire(tag) == 2) {
                graph(in.length());
            } else {
                in.skip(wire(tag));
            }
        }
    }

    // GraphProto: node = 1, initializer = 5.
    private void graph(long end) throws IOException {
        while (in.pos < end) {
            long tag = in.varint();
            if (field(tag) == 1 && wire(tag) == 2) {
                node(in.length());
            } else if (field(tag) == 5 && wire(tag) == 2) {
                tensor(in.length());
            } else {
                in.skip(wire(tag));
            }
        }
        in.pos = end;
    }

    // NodeProto: op_type = 4, attribute = 5 (written after op_type).
    private void node(long end) throws IOException {
        String op = "";
        while (in.pos < end) {
            long tag = in.varint();
            if (field(tag) == 4 && wire(tag) == 2) {
                op = in.string((int) (in.length() - in.pos));
                ops.add(op);
            } else if (field(tag) == 5 && wire(tag) == 2) {
                attribute(in.length(), op);
            } else {
                in.skip(wire(tag));
            }
        }
        in.pos = end;
    }

    // AttributeProto: name = 1, i = 3, g = 6, graphs = 11.
    private void attribute(long end, String op) throws IOException {
        String name = "";
        long value = 0;
        while (in.pos < end) {
            long tag = in.varint();
            int f = field(tag);
            if (f == 1 && wire(tag) == 2) {
                name = in.string((int) (in.length() - in.pos));
            } else if (f == 3 && wire(tag) == 0) {
                value = in.varint();
            } else if ((f == 6 || f == 11) && wire(tag) == 2) {
                graph(in.length());
            } else {
                in.skip(wire(tag));
            }
        }
        if ("MatMulNBits".equals(op) && "bits".equals(name)) {
            nbitsBits = Math.max(nbitsBits, value);
        }
        in.pos = end;
    }

    // TensorProto: dims = 1 (packed or not), data_type = 2; the data itself is skipped.
    private void tensor(long end) throws IOException {
        long count = 1;
        int type = 0;
        while (in.pos < end) {
            long tag = in.varint();
            int f = field(tag);
            if (f == 1 && wire(tag) == 0) {
                count = saturatingTimes(count, in.varint());
            } else if (f == 1 && wire(tag) == 2) {
                long packedEnd = in.length();
                while (in.pos < packedEnd) {
                    count = saturatingTimes(count, in.varint());
                }
            } else if (f == 2 && wire(tag) == 0) {
                type = (int) in.varint();
            } else {
                in.skip(wire(tag));
            }
        }
        Kind kind = switch (type) {
            case 1 -> Kind.FP32;
            case 10 -> Kind.FP16;
            case 16 -> Kind.BF16;
            case 2, 3 -> Kind.INT8;
            case 21, 22 -> Kind.INT4;
            default -> null; // ids, shapes, masks: not weights
        };
        if (kind != null) {
            elements.merge(kind, count, Long::sum);
        }
        in.pos = end;
    }

    private static long saturatingTimes(long a, long b) {
        return b <= 0 ? a * Math.max(b, 0) : a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    private static int field(long tag) {
        return (int) (tag >>> 3);
    }

    private static int wire(long tag) {
        return (int) (tag & 7);
    }

    /** A read position in the file with a window of bytes around it; seeking past data costs nothing. */
    private static final class Cursor {
        private final FileChannel ch;
        private final ByteBuffer window = ByteBuffer.allocate(1 << 16);
        private long windowStart;
        private int windowLength;
        long pos;

        Cursor(FileChannel ch) {
            this.ch = ch;
        }

        int read() throws IOException {
            if (pos < windowStart || pos >= windowStart + windowLength) {
                window.clear();
                windowStart = pos;
                windowLength = Math.max(0, ch.read(window, pos));
                if (windowLength == 0) {
                    throw new EOFException("the graph ends inside a record");
                }
            }
            return window.get((int) (pos++ - windowStart)) & 0xff;
        }

        long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = read();
                v |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IOException("the graph is not ONNX (a number runs on)");
        }

        /** Reads a length and returns where the record it measures ends. */
        long length() throws IOException {
            long n = varint();
            if (n < 0 || pos + n > ch.size()) {
                throw new IOException("the graph is not ONNX (a record runs past the end of the file)");
            }
            return pos + n;
        }

        String string(int n) throws IOException {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) read();
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        void skip(int wireType) throws IOException {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> pos = length();
                case 5 -> pos += 4;
                default -> throw new IOException("the graph is not ONNX (wire type " + wireType + ")");
            }
        }
    }
}
