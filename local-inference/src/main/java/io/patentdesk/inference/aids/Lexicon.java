package io.patentdesk.inference.aids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The words a model may write ({@link KnownWords}): lower-case ASCII words, kept sorted so that a whole word and the
 * beginning of a word are both one binary search (about 23,000 words for PatentGPT-mini: 0.2 MB, where a trie or a set
 * of every prefix would take tens of megabytes).
 */
public final class Lexicon {

    private final String[] words;

    private Lexicon(String[] sortedDistinct) {
        this.words = sortedDistinct;
    }

    /** The lexicon of these words: lower-cased, those with a character other than a-z left out. */
    public static Lexicon of(Collection<String> words) {
        return new Lexicon(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).filter(Lexicon::isPlainWord)
                .distinct().sorted().toArray(String[]::new));
    }

    /** One word per line, UTF-8, gzip-compressed when the name ends in {@code .gz}; blank lines are ignored. */
    public static Lexicon read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return of(r.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
    }

    /** Whether {@code lower} (lower case) is a word of the lexicon. */
    public boolean contains(String lower) {
        return Arrays.binarySearch(words, lower) >= 0;
    }

    /** Whether some word of the lexicon begins with {@code lower} (lower case); true for "". */
    public boolean begins(String lower) {
        int at = Arrays.binarySearch(words, lower);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1; // the first word sorting after the prefix: the only candidate that can begin with it
        return next < words.length && words[next].startsWith(lower);
    }

    public int size() {
        return words.length;
    }

    private static boolean isPlainWord(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Lexicon l && Arrays.equals(words, l.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Lexicon[" + words.length + " words]";
    }
}
