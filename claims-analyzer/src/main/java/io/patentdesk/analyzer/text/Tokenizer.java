package io.patentdesk.analyzer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words (letters and digits, with inner hyphens and apostrophes: "ring-shaped", "3D",
 * "computer-readable"), numbers ("12", "1.5", "1,000") and single punctuation characters. Offsets are exact.
 */
public final class Tokenizer {

    private Tokenizer() {}

    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(Math.max(16, s.length() / 5));
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                boolean letters = Character.isLetter(c);
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        letters |= Character.isLetter(d);
                        j++;
                    } else if ((d == '-' || d == '\'' || d == '\u2019' || d == '.' || d == ',' || d == '/')
                            && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))
                            && joins(d, s.charAt(j - 1), s.charAt(j + 1), letters)) {
                        j++;
                    } else {
                        break;
                    }
                }
                String text = s.substring(i, j);
                out.add(new Token(text, text.toLowerCase(Locale.ROOT), i, j,
                        letters ? Token.Type.WORD : Token.Type.NUMBER));
                i = j;
            } else {
                String text = String.valueOf(c);
                out.add(new Token(text, text, i, i + 1, Token.Type.PUNCT));
                i++;
            }
        }
        return out;
    }

    /** Whether a joiner character stays inside a token: "ring-shaped", "don't", "1.5", "1,000" but not "a.The". */
    private static boolean joins(char joiner, char before, char after, boolean lettersSoFar) {
        return switch (joiner) {
            case '-', '\'', '\u2019' -> true;
            case '.', ',' -> !lettersSoFar && Character.isDigit(before) && Character.isDigit(after);
            case '/' -> Character.isLetter(before) && Character.isLetter(after) && lettersSoFar;
            default -> false;
        };
    }
}
