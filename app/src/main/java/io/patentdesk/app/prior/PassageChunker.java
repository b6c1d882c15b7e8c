package io.patentdesk.app.prior;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a reference's paragraphs into passages the embedding model sees whole: its window is 128 tokens, about 95
 * English words of patent prose, so a longer paragraph is cut at sentence ends into passages of at most
 * {@link #MAX_WORDS} words (a single longer sentence at a word). Headings and other fragments of fewer than
 * {@link #MIN_WORDS} words are left out: they match claim words without disclosing anything.
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
                current.append(sentence).append(' ');
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static List<String> byWords(String sentence) {
        String[] w = sentence.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length; i += MAX_WORDS) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, Math.min(w.length, i + MAX_WORDS))));
        }
        return out;
    }

    static int words(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
