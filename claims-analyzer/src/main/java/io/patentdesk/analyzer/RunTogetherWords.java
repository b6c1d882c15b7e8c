package io.patentdesk.analyzer;

import io.patentdesk.analyzer.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words that OCR or a careless copy ran together around a claim reference: "ofclaim 1further", "toclaim 3",
 * "claim 2wherein". They are found here for the input-quality finding; {@link ClaimReferences} still reads the
 * reference and {@link AnalysisContext#tokens} reads the words apart.
 */
final class RunTogetherWords {

    private RunTogetherWords() {}

    /** Adds a spot for each run-together reference in {@code text} (offsets into it). */
    static void find(String text, List<InputQuality.Spot> spots) {
        int i = text.indexOf("laim");
        while (i >= 0) {
            int c = i - 1;
            if (c >= 0 && (text.charAt(c) == 'c' || text.charAt(c) == 'C')) {
                int start = gluedPreposition(text, c) ? c - 2 : c;
                int k = i + 4;
                if (k < text.length() && text.charAt(k) == 's') {
                    k++;
                }
                while (k < text.length() && text.charAt(k) == ' ') {
                    k++;
                }
                int digits = k;
                while (k < text.length() && Character.isDigit(text.charAt(k)) && k - digits < 5) {
                    k++;
                }
                int letters = k;
                while (digits < k && k < text.length() && Character.isLetter(text.charAt(k))) {
                    k++;
                }
                boolean gluedAfter = k - letters >= 3;
                if (digits < letters && (start < c || gluedAfter)) {
                    spots.add(new InputQuality.Spot(InputQuality.Kind.RUN_TOGETHER, new Span(start, k), null));
                }
            }
            i = text.indexOf("laim", i + 4);
        }
    }

    /** "of", "to" or "in" right before "claim" at {@code c}, itself after a non-letter: "ofclaim". */
    static boolean gluedPreposition(CharSequence text, int c) {
        if (c < 2) {
            return false;
        }
        char a = Character.toLowerCase(text.charAt(c - 2));
        char b = Character.toLowerCase(text.charAt(c - 1));
        boolean prep = a == 'o' && b == 'f' || a == 't' && b == 'o' || a == 'i' && b == 'n';
        return prep && (c < 3 || !Character.isLetter(text.charAt(c - 3)));
    }

    /**
     * The tokens with run-together words read apart: "ofclaim" as "of" "claim", "1further" after "claim" as "1"
     * "further", "claim1" as "claim" "1". Offsets stay those of the characters as written.
     */
    static List<Token> split(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        for (Token t : tokens) {
            String w = t.lower();
            int at = w.indexOf("claim");
            if (t.isWord() && at == 2 && gluedPreposition(w, 2)) {
                add(out, t, 0, 2);
                addClaimAndNumber(out, t, 2);
            } else if (t.isWord() && at == 0 && w.length() > 5 && Character.isDigit(w.charAt(w.length() - 1))) {
                addClaimAndNumber(out, t, 0);
            } else if (t.isWord() && Character.isDigit(w.charAt(0)) && !out.isEmpty()
                    && out.get(out.size() - 1).lower().startsWith("claim")) {
                int k = 0;
                while (k < w.length() && Character.isDigit(w.charAt(k))) {
                    k++;
                }
                add(out, t, 0, k);
                add(out, t, k, w.length());
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** "claim", "claims", "claim1": the word, then any digits after it as a number. */
    private static void addClaimAndNumber(List<Token> out, Token t, int from) {
        String w = t.lower();
        int k = from + 5 < w.length() && w.charAt(from + 5) == 's' ? from + 6 : from + 5;
        add(out, t, from, k);
        if (k < w.length()) {
            add(out, t, k, w.length());
        }
    }

    private static void add(List<Token> out, Token t, int from, int to) {
        String text = t.text().substring(from, to);
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            letters |= Character.isLetter(text.charAt(i));
        }
        out.add(new Token(text, text.toLowerCase(Locale.ROOT), t.start() + from, t.start() + to,
                letters ? Token.Type.WORD : Token.Type.NUMBER));
    }
}
