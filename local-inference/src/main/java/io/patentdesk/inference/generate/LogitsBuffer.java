package io.patentdesk.inference.generate;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import io.patentdesk.inference.sampling.Softmax;
import io.patentdesk.inference.sampling.TokenChooser;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A pinned output for the logits: ONNX Runtime writes them straight into this direct buffer, so a step costs no
 * native allocation and no copy of the whole [rows, vocab] block into the Java heap; the engine reads only the rows it
 * needs (the last one when generating). float16 and bfloat16 logits are widened one value at a time as they are read.
 */
public final class LogitsBuffer implements AutoCloseable {

    private final OrtEnvironment env;
    private final OnnxJavaType type;
    private final int vocab;
    private final int maxRows;
    private final int bytesPerValue;
    private final ByteBuffer memory;
    private final OnnxTensor oneRow;
    private final float[] scratch;

    LogitsBuffer(OrtEnvironment env, OnnxJavaType type, int vocab, int maxRows) throws OrtException {
        this.env = env;
        this.type = type;
        this.vocab = vocab;
        this.maxRows = maxRows;
        this.bytesPerValue = type == OnnxJavaType.FLOAT ? 4 : 2;
        this.memory = ByteBuffer.allocateDirect(maxRows * vocab * bytesPerValue).order(ByteOrder.nativeOrder());
        this.oneRow = tensorOver(1);
        this.scratch = new float[vocab];
    }

    public int vocab() {
        return vocab;
    }

    int maxRows() {
        return maxRows;
    }

    /**
     * The output tensor for a run over {@code rows} positions. The one-row tensor of decode steps is kept; others are
     * made for the run and must be closed by the caller ({@link #isShared}).
     */
    OnnxTensor tensorFor(int rows) throws OrtException {
        if (rows < 1 || rows > maxRows) {
            throw new IllegalArgumentException("rows " + rows + " outside 1.." + maxRows);
        }
        return rows == 1 ? oneRow : tensorOver(rows);
    }

    boolean isShared(OnnxTensor t) {
        return t == oneRow;
    }

    private OnnxTensor tensorOver(int rows) throws OrtException {
        ByteBuffer view = memory.slice(0, rows * vocab * bytesPerValue).order(ByteOrder.nativeOrder());
        return OnnxTensor.createTensor(env, view, new long[] {1, rows, vocab}, type);
    }

    float get(int row, int token) {
        int index = (row * vocab + token) * bytesPerValue;
        return switch (type) {
            case FLOAT16 -> Float.float16ToFloat(memory.getShort(index));
            case BFLOAT16 -> bfloat16ToFloat(memory.getShort(index));
            default -> memory.getFloat(index);
        };
    }

    /** Copies one row into {@code into} (length vocab), for transforms that change values. */
    public void copyRow(int row, float[] into) {
        if (type == OnnxJavaType.FLOAT16) {
            short[] half = halfScratch();
            memory.slice(row * vocab * 2, vocab * 2).order(ByteOrder.nativeOrder()).asShortBuffer().get(half);
            for (int i = 0; i < vocab; i++) {
                into[i] = Float.float16ToFloat(half[i]);
            }
        } else if (type == OnnxJavaType.BFLOAT16) {
            short[] half = halfScratch();
            memory.slice(row * vocab * 2, vocab * 2).order(ByteOrder.nativeOrder()).asShortBuffer().get(half);
            for (int i = 0; i < vocab; i++) {
                into[i] = bfloat16ToFloat(half[i]);
            }
        } else {
            memory.slice(row * vocab * 4, vocab * 4).order(ByteOrder.nativeOrder()).asFloatBuffer().get(into);
        }
    }

    /** Index of the highest value of a row (lowest index on ties). */
    public int argmax(int row) {
        copyRow(row, scratch); // one bulk copy, then a plain array loop the JIT vectorizes
        return TokenChooser.argmax(scratch);
    }

    private short[] half;

    /** bfloat16 is the upper half of a float32: widening is a shift. */
    static float bfloat16ToFloat(short bits) {
        return Float.intBitsToFloat((bits & 0xffff) << 16);
    }

    private short[] halfScratch() {
        if (half == null) {
            half = new short[vocab];
        }
        return half;
    }

    /** log p(token) under one row: a log-softmax over a bulk copy of the row. */
    public double logProbability(int row, int token) {
        copyRow(row, scratch);
        return Softmax.logProbability(scratch, token);
    }

    @Override
    public void close() {
        oneRow.close();
    }
}
