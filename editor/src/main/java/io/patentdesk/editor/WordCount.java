package io.patentdesk.editor;

/** Counts words the way patent offices do for abstract limits: runs of letters or digits, hyphens and apostrophes inside. */
public final class WordCount {
    private WordCount() {
    }

    public static int of(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || (inWord && (c == '-' || c == '\'' || c == '\u2019') && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
