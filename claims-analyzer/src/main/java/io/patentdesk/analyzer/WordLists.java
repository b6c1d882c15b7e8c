package io.patentdesk.analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word lists the rules use, as data: indefinite terms, nonce words, function links, transitions, antecedent
 * exemptions and abbreviations. Defaults ship as resources; {@link #load(Path)} reads a folder of user-edited lists
 * (same file names) and keeps the default for each file the folder lacks. Immutable.
 */
public final class WordLists {

    /** The list files, by name. */
    public enum Kind {
        INDEFINITE_TERMS("indefinite-terms.txt"),
        NONCE_WORDS("nonce-words.txt"),
        FUNCTION_LINKS("function-links.txt"),
        TRANSITIONS("transitions.txt"),
        ANTECEDENT_EXEMPT("antecedent-exempt.txt"),
        ABBREVIATIONS("abbreviations.txt"),
        INHERENT_PROPERTIES("inherent-properties.txt"),
        /** People and surroundings a claimed thing acts on or in, which claims name without introducing them. */
        SURROUNDINGS("surroundings.txt"),
        /** Vague words in Chinese claims, matched inside the text: "约#" before a number, "等$" before punctuation. */
        INDEFINITE_TERMS_ZH("indefinite-terms-zh.txt");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private static final WordLists DEFAULTS = loadDefaults();

    private final Map<Kind, List<String>> lists;

    private WordLists(Map<Kind, List<String>> lists) {
        this.lists = lists;
    }

    public static WordLists defaults() {
        return DEFAULTS;
    }

    /** Reads user-edited lists from {@code dir}; a missing file keeps its default. */
    public static WordLists load(Path dir) throws IOException {
        Map<Kind, List<String>> m = new TreeMap<>(DEFAULTS.lists);
        for (Kind k : Kind.values()) {
            Path f = dir.resolve(k.fileName());
            if (Files.isRegularFile(f)) {
                m.put(k, parse(Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return new WordLists(m);
    }

    /** A copy with one list replaced by these entries (comments and blank lines dropped). */
    public WordLists with(Kind kind, List<String> entries) {
        Map<Kind, List<String>> m = new TreeMap<>(lists);
        m.put(kind, parse(entries));
        return new WordLists(m);
    }

    /** The entries of a list, lower case, without comments. */
    public List<String> get(Kind kind) {
        return lists.get(kind);
    }

    /** The shipped text of a list, comments included, for an editor to start from. */
    public static String defaultText(Kind kind) {
        try (InputStream in = WordLists.class.getResourceAsStream(kind.fileName())) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + kind.fileName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        return List.copyOf(out);
    }

    private static WordLists loadDefaults() {
        Map<Kind, List<String>> m = new TreeMap<>();
        for (Kind k : Kind.values()) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    WordLists.class.getResourceAsStream(k.fileName()), StandardCharsets.UTF_8))) {
                m.put(k, parse(r.lines().toList()));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("cannot read word list " + k.fileName(), e);
            }
        }
        return new WordLists(m);
    }
}
