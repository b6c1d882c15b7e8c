package io.patentdesk.editor.spell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the misspelt words of a text: words neither the dictionary nor the known words accept. Immutable apart from
 * a cache of the dictionary's verdicts, shared by every checker made from this one with {@link #withKnown}: a
 * 300-page specification has a few thousand distinct words, and each is asked of Hunspell once. Safe to use from
 * any thread; meant for a background one (the first use reads the dictionary).
 */
public final class SpellChecker {
    /** The cache is dropped when it grows past this: only pasted word salad gets there. */
    static final int CACHE_LIMIT = 200_000;
    private static final String PATENT_WORDS = "patent-words.txt";

    private final HunspellDictionary dictionary;
    private final KnownWords known;
    private final Map<String, Boolean> verdicts;

    private SpellChecker(HunspellDictionary dictionary, KnownWords known, Map<String, Boolean> verdicts) {
        this.dictionary = dictionary;
        this.known = known;
        this.verdicts = verdicts;
    }

    /** A checker on {@code dictionary} that also accepts the patent words bundled with it and {@code known}. */
    public static SpellChecker on(HunspellDictionary dictionary, KnownWords known) {
        return new SpellChecker(dictionary, known, new ConcurrentHashMap<>());
    }

    /** The same dictionary and cache, with other known words (a new user word, a matter's new terms). */
    public SpellChecker withKnown(KnownWords newKnown) {
        return new SpellChecker(dictionary, newKnown, verdicts);
    }

    public KnownWords known() {
        return known;
    }

    /** The misspelt words of {@code text}, in order. */
    public List<Misspelling> check(String text) {
        List<Misspelling> out = new ArrayList<>();
        SpellingTokens.forEach(text, w -> {
            if (!isCorrect(w.word())) {
                out.add(w);
            }
        });
        return out;
    }

    /** Whether {@code word} (one word as {@link SpellingTokens} finds them) is spelt right. */
    public boolean isCorrect(String word) {
        // The cached dictionary verdict first: nearly every word is a dictionary word, and the known-word sets need
        // the word case-folded (two strings per word) where the cache takes it as written.
        Boolean verdict = verdicts.get(word);
        if (verdict == null) {
            verdict = dictionary.knows(word);
            if (verdicts.size() >= CACHE_LIMIT) {
                verdicts.clear();
            }
            verdicts.put(word, verdict);
        }
        return verdict || known.contains(word) || PatentWords.WORDS.contains(word);
    }

    /** Corrections for {@code word}, best first (may take a few hundred milliseconds). */
    public List<String> suggest(String word) {
        return dictionary.suggest(word);
    }

    /** Words of patent drafting that general dictionaries lack ("therebetween"); data, one word a line. */
    private static final class PatentWords {
        static final KnownWords WORDS = load();

        private static KnownWords load() {
            try (InputStream in = SpellChecker.class.getResourceAsStream(PATENT_WORDS)) {
                if (in == null) {
                    throw new IOException("missing resource " + PATENT_WORDS);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return KnownWords.of(text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
