package io.patentdesk.analyzer.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the Chinese antecedent check needs ({@code antecedent-zh.txt}): words that end the term after 所述, the
 * particles among them, the quantifiers passed over before the term, and the one-character noun heads. Loaded once;
 * immutable.
 */
final class ChineseAntecedentWords {

    static final ChineseAntecedentWords DEFAULTS = load();

    /** Longest first, so "所述" is tried before "所". */
    private final List<String> stops;
    private final List<String> quantifiers;
    private final String particles;
    private final String heads;

    private ChineseAntecedentWords(List<String> stops, String particles, List<String> quantifiers, String heads) {
        this.stops = longestFirst(stops);
        this.particles = particles;
        this.quantifiers = longestFirst(quantifiers);
        this.heads = heads;
    }

    /** The stop word that {@code s} starts with at {@code from}, or null. */
    String stopAt(String s, int from) {
        for (String w : stops) {
            if (s.startsWith(w, from)) {
                return w;
            }
        }
        return null;
    }

    /** Whether the word is a stop word as a whole. */
    boolean isStop(String word) {
        return stops.contains(word);
    }

    /** Whether the word opens with a particle (的, 为, 是 ...): it ends a term wherever segmentation put it. */
    boolean opensWithParticle(String word) {
        return !word.isEmpty() && particles.indexOf(word.charAt(0)) >= 0;
    }

    /** How many characters of quantifiers ("多个", "的") stand at {@code from} before the term. */
    int quantifierLength(String s, int from) {
        int at = from;
        boolean more = true;
        while (more) {
            more = false;
            for (String q : quantifiers) {
                if (s.startsWith(q, at)) {
                    at += q.length();
                    more = true;
                    break;
                }
            }
        }
        return at - from;
    }

    /** Whether the character is a one-character noun head (杆, 板, 座 ...). */
    boolean isHead(char c) {
        return heads.indexOf(c) >= 0;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort((a, b) -> b.length() - a.length());
        return List.copyOf(l);
    }

    private static ChineseAntecedentWords load() {
        Map<String, List<String>> sections = new HashMap<>();
        String section = "";
        try (InputStream in = ChineseAntecedentWords.class.getResourceAsStream("/io/patentdesk/analyzer/antecedent-zh.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                } else {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("antecedent-zh.txt is unreadable", e);
        }
        return new ChineseAntecedentWords(sections.getOrDefault("stops", List.of()),
                String.join("", sections.getOrDefault("particles", List.of())),
                sections.getOrDefault("quantifiers", List.of()), String.join("", sections.getOrDefault("heads", List.of())));
    }
}
