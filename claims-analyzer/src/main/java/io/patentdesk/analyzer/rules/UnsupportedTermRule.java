package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.text.NounPhrases;
import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * When a description is given: each element a claim introduces ("a fastening clip") should use words the description
 * uses (37 CFR 1.75(d)(1)). The head noun and the word before it are looked up by stem, so plurals and inflections
 * ("fasteners", "fastened") count.
 */
public final class UnsupportedTermRule implements Rule {

    private static final Set<String> QUANTIFIERS = Set.of("a", "an", "another", "two", "three", "four", "five",
            "six", "several", "multiple");
    private static final Set<String> COLLECTIVES = Set.of("plurality", "pair", "set", "number", "series", "group",
            "multiplicity", "couple");

    /** Words that name the claim's category, not an element the description must use. */
    private static final Set<String> GENERIC = Set.of("method", "process", "apparatus", "system", "device",
            "composition", "product", "article", "machine", "kit", "assembly", "combination", "step", "steps");

    @Override
    public String id() {
        return "unsupported-term";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "37 CFR 1.75(d)(1)";
    }

    private record Stems(Set<String> stems) {}

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        if (!ctx.document().hasDescription()) {
            return;
        }
        Set<String> stems = ctx.shared(Stems.class, () -> {
            Set<String> words = new HashSet<>();
            for (Token t : ctx.descriptionTokens()) {
                if (t.isWord()) {
                    words.add(t.lower());
                }
            }
            Set<String> s = new HashSet<>(words.size() * 2);
            for (String w : words) {
                s.add(Words.stem(w));
            }
            return new Stems(s);
        }).stems();
        Set<String> reported = new HashSet<>();
        int[] next = new int[1];
        for (Claim c : ctx.claims().claims()) {
            List<Token> tokens = ctx.tokens(c);
            int from = c.contentStart() - c.start();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() < from || !t.isWord() || !introduces(tokens, i)) {
                    continue;
                }
                int start = i + 1;
                if (start + 1 < tokens.size() && COLLECTIVES.contains(tokens.get(start).lower())
                        && tokens.get(start + 1).is("of")) {
                    start += 2;
                }
                int[] words = NounPhrases.after(tokens, start, next);
                List<Integer> content = new ArrayList<>();
                for (int w : words) {
                    String lower = tokens.get(w).lower();
                    // ordinals and adverbs ("substantially planar") are not what the description must name
                    if (!Words.isOrdinal(lower) && !(lower.endsWith("ly") && lower.length() > 4)) {
                        content.add(w);
                    }
                }
                if (content.isEmpty()) {
                    continue;
                }
                List<Integer> checked = content.subList(Math.max(0, content.size() - 2), content.size());
                List<String> missing = new ArrayList<>();
                StringBuilder term = new StringBuilder();
                for (int w : checked) {
                    String lower = tokens.get(w).lower();
                    term.append(term.length() == 0 ? "" : " ").append(Words.singular(lower));
                    if (!GENERIC.contains(lower) && !supported(lower, stems)) {
                        missing.add(tokens.get(w).text());
                    }
                }
                if (missing.isEmpty() || !reported.add(term.toString())) {
                    continue;
                }
                int s = c.start() + tokens.get(checked.get(0)).start();
                int e = c.start() + tokens.get(checked.get(checked.size() - 1)).end();
                out.accept(finding(c.number(), s, e, Part.CLAIMS, "'" + c.slice(s, e) + "' in claim " + c.number()
                        + " is not supported by the description: '" + String.join("', '", missing)
                        + "' never appears there; claim terms should find antecedent basis in the description", term
                        .toString()));
            }
        }
    }

    private static boolean introduces(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (QUANTIFIERS.contains(w)) {
            return true;
        }
        String prev = i > 0 ? tokens.get(i - 1).lower() : "";
        return w.equals("more") && prev.equals("or") || w.equals("one") && prev.equals("least");
    }

    private static boolean supported(String lower, Set<String> stems) {
        if (stems.contains(Words.stem(lower))) {
            return true;
        }
        // "ring-shaped" is supported by "ring shaped" or by both halves
        if (lower.indexOf('-') > 0) {
            for (String part : lower.split("-")) {
                if (!part.isEmpty() && !stems.contains(Words.stem(part))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
