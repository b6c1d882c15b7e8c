package io.patentdesk.editor.spell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SuggestionTimeoutException;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Hunspell dictionary read by Lucene's pure-Java Hunspell. The bundled one is SCOWL's en_US (size 60) as packaged
 * by wooorm/dictionaries, under the SCOWL licence (permissive: use, copy, modify, distribute and sell, with the
 * copyright notice kept; {@code LICENSE-en_US.txt} beside it).
 *
 * <p>Checking and suggesting use two {@link Hunspell} instances over the same immutable {@link Dictionary}, each
 * guarded on its own: a slow suggestion (a context menu) never holds up the checking of a whole document.
 */
public final class HunspellDictionary {
    private static final String BUNDLED = "en_US";
    /** Suggestions stop after this long with what they have: the user is waiting on a context menu. */
    static final long SUGGESTION_MILLIS = 400;

    private final Hunspell checker;
    private final Hunspell suggester;

    private HunspellDictionary(Dictionary dictionary) {
        this.checker = new Hunspell(dictionary);
        this.suggester = new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { });
    }

    /** The bundled en_US dictionary, read once per process (about half a second: call it off the FX thread). */
    public static HunspellDictionary english() {
        return Bundled.ENGLISH;
    }

    /** Reads a dictionary from its affix and word files (UTF-8 or as the affix file's SET says). */
    public static HunspellDictionary read(InputStream affix, InputStream words) throws IOException {
        try {
            return new HunspellDictionary(new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words));
        } catch (ParseException e) {
            throw new IOException("Not a Hunspell dictionary: " + e.getMessage(), e);
        }
    }

    /** Whether the dictionary knows {@code word}, capitalisation rules included ("The" and "NASA" are fine). */
    public boolean knows(String word) {
        synchronized (checker) {
            return checker.spell(word);
        }
    }

    /** Corrections for {@code word}, best first; possibly fewer if finding them takes too long. */
    public List<String> suggest(String word) {
        synchronized (suggester) {
            try {
                return suggester.suggest(word, SUGGESTION_MILLIS);
            } catch (SuggestionTimeoutException e) {
                return e.getPartialResult() == null ? List.of() : e.getPartialResult();
            }
        }
    }

    /** Lazy holder: the dictionary is read by the first spell check, never at class loading on the FX thread. */
    private static final class Bundled {
        static final HunspellDictionary ENGLISH = load();

        private static HunspellDictionary load() {
            try (InputStream aff = resource(BUNDLED + ".aff"); InputStream dic = resource(BUNDLED + ".dic")) {
                return read(aff, dic);
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled English dictionary cannot be read", e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = HunspellDictionary.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in;
        }
    }
}
