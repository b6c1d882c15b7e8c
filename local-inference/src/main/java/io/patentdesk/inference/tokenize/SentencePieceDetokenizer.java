package io.patentdesk.inference.tokenize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Streaming text for SentencePiece-style tokenizers, in Java, giving what the tokenizer's own decoder gives for the
 * whole sequence: {@code "▁"} becomes a space; the start-of-sequence rule (the decoder drops the first token's leading
 * space) applies only when the stream begins the sequence, so a draft that continues a prompt keeps its first space;
 * consecutive byte-fallback tokens ({@code <0xE2><0x82><0xAC>}) are held until the run ends and then shown as the
 * character they spell, or, as the tokenizers library does when the run is not valid UTF-8, one U+FFFD per byte. A
 * character still unfinished when the stream ends is left out rather than shown half.
 */
final class SentencePieceDetokenizer implements StreamingDetokenizer {

    private final SentencePieces pieces;
    private boolean atStart;
    private int stripLeft;
    private byte[] run = new byte[8];
    private int runLength;

    /** @param atStart whether the stream begins the sequence (nothing but special tokens before it) */
    SentencePieceDetokenizer(SentencePieces pieces, boolean atStart) {
        this.pieces = pieces;
        this.atStart = atStart;
        this.stripLeft = atStart ? pieces.stripAtStart : 0;
    }

    @Override
    public String push(int id) {
        if (id < 0 || id >= pieces.text.length || pieces.text[id] == null) {
            return ""; // a special token, never shown (nor does it end a byte run: it is not in the decoded list)
        }
        int b = pieces.byteOf[id];
        if (b >= 0) {
            if (runLength == run.length) {
                run = Arrays.copyOf(run, run.length * 2);
            }
            run[runLength++] = (byte) b;
            return "";
        }
        String text = pieces.text[id];
        StringBuilder out = new StringBuilder();
        if (runLength > 0) {
            out.append(endRun());
        } else if (atStart && pieces.firstTokenWithoutSpaces) {
            text = text.replace(" ", "");
        }
        atStart = false;
        out.append(text);
        return stripped(out);
    }

    @Override
    public String flush() {
        if (runLength == 0) {
            return "";
        }
        // A character cut off by the end of the stream is not shown half: its bytes are left out of the run.
        runLength = ByteLevelDetokenizer.completePrefix(run, runLength);
        return stripped(new StringBuilder(endRun()));
    }

    /** The text of the byte run just ended: its characters, or U+FFFD per byte when it is not valid UTF-8. */
    private String endRun() {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(run, 0, runLength))
                    .toString();
        } catch (CharacterCodingException e) {
            text = "\uFFFD".repeat(runLength);
        }
        runLength = 0;
        atStart = false;
        return text;
    }

    /** The text with the leading spaces the decoder strips at the start of the sequence removed. */
    private String stripped(StringBuilder text) {
        int i = 0;
        while (stripLeft > 0 && i < text.length() && text.charAt(i) == ' ') {
            i++;
            stripLeft--;
        }
        if (i < text.length()) {
            stripLeft = 0; // the strip only reaches the sequence's first characters
        }
        return text.substring(i);
    }
}
