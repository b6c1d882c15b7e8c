package io.patentdesk.editor.spell;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words to accept beyond the dictionary: the user's own dictionary, the terms a matter introduces, patent words
 * ("therebetween"). Compared without regard to case: a term coined in lower case is fine at the start of a sentence.
 * Immutable; equal when the words are, so that an unchanged set does not restyle every editor.
 */
public final class KnownWords {
    public static final KnownWords NONE = new KnownWords(Set.of());

    private final Set<String> words;

    private KnownWords(Set<String> words) {
        this.words = words;
    }

    public static KnownWords of(Collection<String> words) {
        Set<String> folded = new HashSet<>();
        for (String w : words) {
            String s = fold(w.strip());
            if (!s.isEmpty()) {
                folded.add(s);
            }
        }
        return new KnownWords(Set.copyOf(folded));
    }

    /** These words and {@code more}. */
    public KnownWords plus(Collection<String> more) {
        Set<String> all = new HashSet<>(words);
        all.addAll(of(more).words);
        return new KnownWords(Set.copyOf(all));
    }

    public boolean contains(String word) {
        return words.contains(fold(word));
    }

    public int size() {
        return words.size();
    }

    private static String fold(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnownWords k && k.words.equals(words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "KnownWords[" + words.size() + "]";
    }
}
