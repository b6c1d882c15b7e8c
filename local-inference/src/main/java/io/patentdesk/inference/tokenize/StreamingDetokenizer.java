package io.patentdesk.inference.tokenize;

/** Turns generated tokens into text one token at a time, never emitting half a character. */
public interface StreamingDetokenizer {

    /** Adds a token and returns the text it completes ("" while a character is still incomplete). */
    String push(int id);

    /** The text still held back at the end (an incomplete character at the very end is dropped). */
    String flush();
}
