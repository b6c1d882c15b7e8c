package io.patentdesk.analyzer.text;

/**
 * A token of a text: a word, a number or one punctuation character, with its offsets in the tokenized string.
 *
 * @param text  the characters as written
 * @param lower {@code text} in lower case
 * @param start first character
 * @param end   one past the last character
 * @param type  what kind of token
 * @param boundary whether the word ends a noun phrase ({@link Words#isBoundary}), computed once
 */
public record Token(String text, String lower, int start, int end, Type type, boolean boundary) {

    public Token(String text, String lower, int start, int end, Type type) {
        this(text, lower, start, end, type, type == Type.WORD && Words.isBoundary(lower));
    }

    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }

    public boolean isPunct(char c) {
        return type == Type.PUNCT && text.charAt(0) == c;
    }
}
