package io.patentdesk.app.prior;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a reference's paragraphs into passages the embedding model sees whole: its window is 128 tokens, about 95
 * English words of patent prose, so a longer paragraph is cut at sentence ends into passages of at most
 * {@link #MAX_WORDS} words (a single longer sentence at a word). Headings and other fragments of fewer than
 * {@link #MIN_WORDS} words are left out: they match claim words without disclosing anything. A Han character counts
 * as a word: Chinese has no spaces, and the encoder's tokenizer makes each character one token, so 90 characters fit
 * its window as 90 English words do.
 */
public final class PassageChunker {
    static final int MAX_WORDS = 90;
    static final int MIN_WORDS = 5;

    private PassageChunker() {
    }

    public static List<Passage> chunk(int reference, List<ReferenceParagraph> paragraphs) {
        List<Passage> out = new ArrayList<>();
        for (ReferenceParagraph p : paragraphs) {
            for (String piece : pieces(p.text())) {
                if (words(piece) >= MIN_WORDS) {
                    out.add(new Passage(reference, p.page(), p.label(), piece));
                }
            }
        }
        return out;
    }

    /** The paragraph as pieces of at most {@link #MAX_WORDS} words, cut between sentences where possible. */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        if (words(text) <= MAX_WORDS) {
            out.add(text);
            return out;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        StringBuilder current = new StringBuilder();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end).strip();
            if (current.length() > 0 && words(current) + words(sentence) > MAX_WORDS) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
            if (words(sentence) > MAX_WORDS) {
                out.addAll(byWords(sentence));
            } else {
                // Chinese sentences follow each other without a space
                current.append(sentence).append(TextScript.of(sentence) == TextScript.CHINESE ? "" : " ");
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static List<String> byWords(String sentence) {
        if (TextScript.of(sentence) == TextScript.CHINESE) {
            return byUnits(sentence);
        }
        String[] w = sentence.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length; i += MAX_WORDS) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, Math.min(w.length, i + MAX_WORDS))));
        }
        return out;
    }

    /** A Chinese sentence longer than the window, cut every {@link #MAX_WORDS} words (Han characters count one each). */
    private static List<String> byUnits(String sentence) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < sentence.length()) {
            int units = 0;
            int to = from;
            while (to < sentence.length() && units < MAX_WORDS) {
                int end = to + Character.charCount(sentence.codePointAt(to));
                units = words(sentence.subSequence(from, end));
                to = end;
            }
            String piece = sentence.substring(from, to).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            from = to;
        }
        return out;
    }

    static int words(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                n++; // each character a word of its own, whatever surrounds it
                inWord = false;
                continue;
            }
            boolean space = Character.isWhitespace(cp) || isCjkPunctuation(cp);
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Full-width punctuation (，。；：、) separates like a space and is no word. */
    private static boolean isCjkPunctuation(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && !Character.isLetterOrDigit(cp);
    }
}
