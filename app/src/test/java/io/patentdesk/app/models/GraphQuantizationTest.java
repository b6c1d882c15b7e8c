package io.patentdesk.app.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precision of a graph's weights, read from its protobuf: operators first, else the weights' element types. */
class GraphQuantizationTest {
    static final Path TINY = Path.of("..", "local-inference", "src", "test", "resources", "models", "tiny-genai", "model.onnx");

    @TempDir
    Path dir;

    @Test
    void matMulNBitsWithFourBitsIsInt4EvenInsideASubgraph() throws IOException {
        byte[] nbits = node("MatMulNBits", attribute("bits", 4));
        byte[] branch = graph(nbits, tensor(1, 64, 64));
        byte[] ifNode = node("If", graphAttribute("then_branch", branch));
        Path f = write(model(graph(ifNode, tensor(10, 1000, 1000))));

        GraphQuantization.Result r = GraphQuantization.of(f);

        assertThat(r.kind()).isEqualTo(GraphQuantization.Kind.INT4);
        assertThat(r.describe()).isEqualTo("int4 (MatMulNBits, 4 bits)");
    }

    @Test
    void withoutQuantizedOperatorsTheMostCommonWeightTypeDecides() throws IOException {
        Path fp16 = write(model(graph(node("MatMul"), tensor(10, 512, 512), tensor(1, 512), tensor(7, 4))));
        assertThat(GraphQuantization.of(fp16).describe()).isEqualTo("fp16 (most weights)");
        Path int8 = write(model(graph(node("MatMulInteger"), tensor(1, 512, 512))));
        assertThat(GraphQuantization.of(int8).kind()).isEqualTo(GraphQuantization.Kind.INT8);
        Path bits8 = write(model(graph(node("MatMulNBits", attribute("bits", 8)))));
        assertThat(GraphQuantization.of(bits8).kind()).isEqualTo(GraphQuantization.Kind.INT8);
        Path empty = write(model(graph()));
        assertThat(GraphQuantization.of(empty).kind()).isEqualTo(GraphQuantization.Kind.UNKNOWN);
    }

    @Test
    void aFileThatIsNotOnnxIsAnErrorNotAnAnswer() throws IOException {
        Path junk = dir.resolve("junk.onnx");
        Files.write(junk, new byte[] {0x3a, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 1, 2});
        assertThatThrownBy(() -> GraphQuantization.of(junk)).isInstanceOf(IOException.class);
    }

    @Test
    void theInferenceModulesTinyModelIsFloat32() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(TINY), "tiny test model not present");
        assertThat(GraphQuantization.of(TINY).kind()).isEqualTo(GraphQuantization.Kind.FP32);
    }

    // A minimal protobuf writer for ONNX's messages: field numbers as in onnx.proto.

    Path write(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(dir, "g", ".onnx");
        Files.write(f, bytes);
        return f;
    }

    static byte[] model(byte[] graph) {
        Proto p = new Proto();
        p.varint(1, 8); // ir_version
        p.bytes(7, graph);
        return p.done();
    }

    static byte[] graph(byte[]... parts) {
        Proto p = new Proto();
        for (byte[] part : parts) {
            p.raw(part);
        }
        return p.done();
    }

    static byte[] node(String op, byte[]... attributes) {
        Proto n = new Proto();
        n.bytes(1, "x".getBytes(StandardCharsets.UTF_8));
        n.bytes(4, op.getBytes(StandardCharsets.UTF_8));
        for (byte[] a : attributes) {
            n.bytes(5, a);
        }
        Proto wrapped = new Proto();
        wrapped.bytes(1, n.done()); // GraphProto.node
        return wrapped.done();
    }

    static byte[] attribute(String name, long i) {
        Proto a = new Proto();
        a.bytes(1, name.getBytes(StandardCharsets.UTF_8));
        a.varint(3, i);
        return a.done();
    }

    static byte[] graphAttribute(String name, byte[] graph) {
        Proto a = new Proto();
        a.bytes(1, name.getBytes(StandardCharsets.UTF_8));
        a.bytes(6, graph);
        return a.done();
    }

    static byte[] tensor(int type, long... dims) {
        Proto t = new Proto();
        for (long d : dims) {
            t.varint(1, d);
        }
        t.varint(2, type);
        t.bytes(8, "w".getBytes(StandardCharsets.UTF_8));
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        t.bytes(9, new byte[(int) Math.min(n, 4096)]); // raw_data, skipped by the reader
        Proto wrapped = new Proto();
        wrapped.bytes(5, t.done()); // GraphProto.initializer
        return wrapped.done();
    }

    static final class Proto {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void varint(int field, long v) {
            raw(field << 3);
            raw(v);
        }

        void bytes(int field, byte[] b) {
            raw(((long) field << 3) | 2);
            raw(b.length);
            out.writeBytes(b);
        }

        void raw(byte[] b) {
            out.writeBytes(b);
        }

        void raw(long v) {
            while ((v & ~0x7fL) != 0) {
                out.write((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        byte[] done() {
            return out.toByteArray();
        }
    }
}
