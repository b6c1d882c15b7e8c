package io.patentdesk.analyzer.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the Chinese antecedent check needs ({@code antecedent-zh.txt}): words that end the term after 所述, the
 * particles among them, the quantifiers passed over before the term, and the one-character noun heads. Loaded once;
 * immutable.
 */
final class ChineseAntecedentWords {

    static final ChineseAntecedentWords DEFAULTS = load();

    /** By first character, longest first, so "所述" is tried before "所": looked up for every reference. */
    private final Map<Character, List<String>> stops;
    private final Set<String> stopWords;
    private final Map<Character, List<String>> quantifiers;
    private final BitSet particles;
    private final BitSet heads;

    private ChineseAntecedentWords(List<String> stops, String particles, List<String> quantifiers, String heads) {
        this.stops = byFirstCharacter(stops);
        this.stopWords = Set.copyOf(stops);
        this.particles = characters(particles);
        this.quantifiers = byFirstCharacter(quantifiers);
        this.heads = characters(heads);
    }

    /** The stop word that {@code s} starts with at {@code from}, or null. */
    String stopAt(String s, int from) {
        return startingAt(stops, s, from);
    }

    /** Whether the word is a stop word as a whole. */
    boolean isStop(String word) {
        return stopWords.contains(word);
    }

    /** Whether the word opens with a particle (的, 为, 是 ...): it ends a term wherever segmentation put it. */
    boolean opensWithParticle(String word) {
        return !word.isEmpty() && particles.get(word.charAt(0));
    }

    /** How many characters of quantifiers ("多个", "的") stand at {@code from} before the term. */
    int quantifierLength(String s, int from) {
        int at = from;
        for (String q = startingAt(quantifiers, s, at); q != null; q = startingAt(quantifiers, s, at)) {
            at += q.length();
        }
        return at - from;
    }

    /** Whether the character is a one-character noun head (杆, 板, 座 ...). */
    boolean isHead(char c) {
        return heads.get(c);
    }

    private static String startingAt(Map<Character, List<String>> words, String s, int from) {
        if (from >= s.length()) {
            return null;
        }
        for (String w : words.getOrDefault(s.charAt(from), List.of())) {
            if (s.startsWith(w, from)) {
                return w;
            }
        }
        return null;
    }

    private static Map<Character, List<String>> byFirstCharacter(List<String> words) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) {
            m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        m.replaceAll((k, l) -> l.stream().sorted((a, b) -> b.length() - a.length()).toList());
        return Map.copyOf(m);
    }

    private static BitSet characters(String chars) {
        BitSet b = new BitSet();
        chars.chars().forEach(b::set);
        return b;
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
