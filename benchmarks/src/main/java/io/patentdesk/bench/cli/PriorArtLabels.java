package io.patentdesk.bench.cli;

import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.app.prior.ClaimElementSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The hand-marked retrieval set of {@code prior-art-bench} ({@value #RESOURCE} beside this class): claim elements of
 * corpus patents and the paragraphs of the same patent's description a reader marked as disclosing them. The file
 * holds only record ids, numbers and the first words of each element and paragraph, so {@link #mismatches} can tell
 * when the corpus or the element split no longer matches what was marked.
 */
final class PriorArtLabels {
    static final String RESOURCE = "prior-art-labels.tsv";

    /**
     * One marked element.
     *
     * @param record        the corpus record id
     * @param claim         the claim number
     * @param element       the element's index in the claim as {@link ClaimElementSpans} splits it (0: preamble)
     * @param elementPrefix the element's first words
     * @param marked        the disclosing paragraphs (1-based among the description's non-blank lines) and their
     *                      first words
     */
    record Label(String record, int claim, int element, String elementPrefix, SortedMap<Integer, String> marked) {
        Label {
            marked = Collections.unmodifiableSortedMap(new TreeMap<>(marked));
        }
    }

    private PriorArtLabels() {
    }

    /** The set shipped with the bench. */
    static List<Label> load() {
        try (InputStream in = PriorArtLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the labelled set " + RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the tab-separated lines ('#' comments and blank lines skipped); a malformed line names its number. */
    static List<Label> parse(List<String> lines) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(label(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Label label(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("expected 5 tab-separated columns, found " + f.length);
        }
        SortedMap<Integer, String> marked = new TreeMap<>();
        for (String p : f[4].split(" \\| ")) {
            int eq = p.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("a marked paragraph is not N=first words: " + p);
            }
            int n = Integer.parseInt(p.substring(0, eq).strip());
            if (n < 1 || marked.put(n, p.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("paragraph " + n + " is not a new number from 1");
            }
        }
        int claim = Integer.parseInt(f[1].strip());
        int element = Integer.parseInt(f[2].strip());
        if (f[0].isBlank() || f[3].isBlank() || claim < 1 || element < 0) {
            throw new IllegalArgumentException("empty record or prefix, or a claim below 1 or an element below 0");
        }
        return new Label(f[0].strip(), claim, element, f[3].strip(), marked);
    }

    /** The description's paragraphs as the bench indexes them: its non-blank lines, stripped, numbered from 1. */
    static List<String> paragraphs(String description) {
        // split on \n alone, as the marking did: a stray \r inside a line must not renumber what follows
        return java.util.Arrays.stream(description.split("\n")).filter(l -> !l.isBlank()).map(String::strip)
                .toList();
    }

    /** The elements of one claim of the patent, split as the claim chart splits them (the whole claim set parsed). */
    static List<ClaimElementSpans.Element> elements(PriorArtCorpus.Patent p, int claim) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < p.claims().size(); i++) {
            String c = p.claims().get(i).strip();
            all.append(c.matches("^\\d+\\s*\\..*") ? c : (i + 1) + ". " + c).append('\n');
        }
        return ClaimElementSpans.of(ClaimSet.parse(all.toString()), Set.of(claim));
    }

    /**
     * Where the labels no longer match the corpus, one line each: a record that is not there, an element index
     * beyond the claim or whose words differ, a paragraph number beyond the description or whose words differ.
     * Empty when every label matches.
     */
    static List<String> mismatches(List<Label> labels, Map<String, PriorArtCorpus.Patent> byId) {
        List<String> out = new ArrayList<>();
        for (Label l : labels) {
            String where = l.record() + " claim " + l.claim() + " element " + l.element();
            PriorArtCorpus.Patent p = byId.get(l.record());
            if (p == null) {
                out.add(where + ": no such usable record in the corpus");
                continue;
            }
            List<ClaimElementSpans.Element> elements = elements(p, l.claim());
            if (l.element() >= elements.size()) {
                out.add(where + ": the claim has " + elements.size() + " elements");
            } else if (!normal(elements.get(l.element()).text()).startsWith(normal(l.elementPrefix()))) {
                out.add(where + ": the element does not begin \"" + l.elementPrefix() + "\"");
            }
            List<String> paragraphs = paragraphs(p.description());
            for (Map.Entry<Integer, String> m : l.marked().entrySet()) {
                if (m.getKey() > paragraphs.size()) {
                    out.add(where + ": paragraph " + m.getKey() + " is beyond the description's "
                            + paragraphs.size());
                } else if (!normal(paragraphs.get(m.getKey() - 1)).startsWith(normal(m.getValue()))) {
                    out.add(where + ": paragraph " + m.getKey() + " does not begin \"" + m.getValue() + "\"");
                }
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
