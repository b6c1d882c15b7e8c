package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimCategory;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.text.NounPhrases;
import io.patentdesk.analyzer.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dependent claims that name their parent as a thing of another category: "The method of claim 1" where claim 1 is
 * an apparatus. A claim's subject is its first noun phrase ("A control method of a card gaming machine" is a method;
 * "Within a SIP gateway, a method of roaming" too). A dependent claim's subject counts only when the reference
 * follows it directly ("The method of claim 1", "The control method of a card gaming machine according to claim 9");
 * "A method of using the apparatus of claim 1" refers to an apparatus and is fine. Only generic category nouns count
 * for the dependent claim ("The lamp of claim 1" says nothing); a parent whose subject is another noun ("A polymer")
 * is some product. Shared by the dependency-category rule and the antecedent walk, which leaves such a subject to
 * this rule.
 */
final class CategoryMismatches {

    /** One mismatch: the subject phrase's span (absolute) and what it and the parent claim are. */
    record Mismatch(Claim claim, int start, int end, String noun, ClaimCategory named, int parent,
                    String parentNoun, Confidence confidence) {}

    private record Result(Map<Integer, Mismatch> byClaim) {}

    /** Words between the subject and "claim N": "of", "according to", "as claimed in", "of any one of". */
    private static final Set<String> CONNECTORS = Set.of("of", "to", "in", "according", "as", "claimed", "recited",
            "defined", "set", "forth", "described", "specified", "per", "any", "one", "the", "preceding", "out",
            "under", "by", "with", "accordance", "at", "least", "said", "previous", "claim", "claims");

    /** Words before a claim's subject: "A", "One or more", "At least one". */
    private static final Set<String> LEADING = Set.of("a", "an", "the", "said", "one", "or", "more", "at", "least",
            "each");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "said");

    private CategoryMismatches() {}

    static Map<Integer, Mismatch> of(AnalysisContext ctx) {
        return ctx.shared(Result.class, () -> new Result(find(ctx))).byClaim();
    }

    /** A claim's subject: the token indices of its first noun phrase, its determiner (or -1) and the token after. */
    private record Subject(int det, int[] words, int after) {
        int head() {
            return words[words.length - 1];
        }
    }

    private static Subject subject(AnalysisContext ctx, Claim c) {
        List<Token> tokens = ctx.tokens(c);
        int i = 0;
        int from = c.contentStart() - c.start();
        while (i < tokens.size() && tokens.get(i).start() < from) {
            i++;
        }
        if (i < tokens.size() && (tokens.get(i).is("in") || tokens.get(i).is("within") || tokens.get(i).is("for"))) {
            // "Within a SIP gateway ..., a method of roaming", "In an apparatus comprising an engine, a filter, ...,
            // a method of ...": the subject is the first phrase after a comma that names a category
            for (int k = i; k + 2 < tokens.size(); k++) {
                if (tokens.get(k).isPunct(',') && DETERMINERS.contains(tokens.get(k + 1).lower())) {
                    int[] next = new int[1];
                    int[] words = NounPhrases.after(tokens, k + 2, next);
                    if (words.length > 0 && named(tokens.get(words[words.length - 1]).lower()) != null) {
                        return new Subject(k + 1, words, next[0]);
                    }
                }
            }
            return null;
        }
        if (i >= tokens.size() || !tokens.get(i).isWord() || Character.isLowerCase(tokens.get(i).text().charAt(0))) {
            return null; // a claim that starts in mid-sentence lost its opening words: its subject is unknown
        }
        int det = -1;
        while (i < tokens.size() && tokens.get(i).isWord() && LEADING.contains(tokens.get(i).lower())) {
            det = DETERMINERS.contains(tokens.get(i).lower()) ? i : det;
            i++;
        }
        int[] next = new int[1];
        int[] words = i < tokens.size() ? NounPhrases.after(tokens, i, next) : new int[0];
        if (words.length == 0) {
            return null;
        }
        // "An information processing method for": the phrase found stops at "processing", but a category word
        // before the first preposition or comma is the subject
        for (int k = next[0]; k < tokens.size() && k < words[0] + 8; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.boundary() && !t.is("and") && !t.is("or")) {
                break; // "An image monitoring and recording method for ..."
            }
            if (named(t.lower()) != null) {
                int[] longer = new int[k - words[0] + 1];
                for (int j = 0; j < longer.length; j++) {
                    longer[j] = words[0] + j;
                }
                return new Subject(det, longer, k + 1);
            }
        }
        if (det < 0 || words.length == 0) {
            // Without "A"/"The" only a category word is trusted ("Apparatus for ..."); "Claims 1. A method" or
            // "WHAT IS CLAIMED IS" left before the claim is no subject
            return null;
        }
        return new Subject(det, words, next[0]);
    }

    private static Map<Integer, Mismatch> find(AnalysisContext ctx) {
        Map<Integer, Mismatch> out = new HashMap<>();
        Map<Integer, Optional<Subject>> parentSubjects = new HashMap<>();
        for (Claim c : ctx.claims().claims()) {
            if (c.isIndependent() || c.isCanceled() || c.referenceSpan() == null || !ctx.isPrimary(c)) {
                continue;
            }
            Subject s = subject(ctx, c);
            if (s == null) {
                continue;
            }
            List<Token> tokens = ctx.tokens(c);
            ClaimCategory named = named(tokens.get(s.head()).lower());
            if (named == null || !refersDirectly(tokens, s.after(), c.referenceSpan().start() - c.start())) {
                continue;
            }
            for (int p : ctx.tree().parents(c.number())) {
                Claim parent = ctx.tree().claim(p);
                Subject ps = parentSubjects.computeIfAbsent(p, k -> Optional.ofNullable(subject(ctx, parent)))
                        .orElse(null);
                if (ps == null) {
                    continue;
                }
                String parentNoun = ctx.tokens(parent).get(ps.head()).lower();
                ClaimCategory pc = named(parentNoun);
                Confidence sure = clash(named, pc);
                if (sure != null) {
                    int first = s.det() >= 0 ? s.det() : s.words()[0];
                    out.put(c.number(), new Mismatch(c, c.start() + tokens.get(first).start(),
                            c.start() + tokens.get(s.head()).end(), tokens.get(s.head()).lower(), named, p,
                            parentNoun, sure));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the reference at {@code refAt} qualifies the subject that ends before token {@code from}: only
     * connecting words lie between ("of", "according to"), or "of"/"for" and one plain noun phrase and then a
     * connector other than "of" ("The control method of a card gaming machine according to claim 9").
     */
    private static boolean refersDirectly(List<Token> tokens, int from, int refAt) {
        int i = from;
        if (i + 1 < tokens.size() && (tokens.get(i).is("of") || tokens.get(i).is("for"))
                && DETERMINERS.contains(tokens.get(i + 1).lower())) {
            int[] next = new int[1];
            int[] np = NounPhrases.after(tokens, i + 2, next);
            if (np.length > 0 && next[0] < tokens.size() && !tokens.get(next[0]).is("of")
                    && tokens.get(next[0]).start() < refAt) {
                i = next[0];
            }
        }
        for (; i < tokens.size() && tokens.get(i).start() < refAt; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !CONNECTORS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** The category a generic subject noun names, or null for a noun that names none ("lamp"). */
    static ClaimCategory named(String lower) {
        return switch (lower) {
            case "method", "process" -> ClaimCategory.METHOD;
            case "apparatus", "device", "machine" -> ClaimCategory.APPARATUS;
            case "system" -> ClaimCategory.SYSTEM;
            case "composition", "formulation" -> ClaimCategory.COMPOSITION;
            case "medium", "media" -> ClaimCategory.COMPUTER_READABLE_MEDIUM;
            default -> null;
        };
    }

    /**
     * How sure a clash between the named category and the parent's is: a process against a product is certain
     * (37 CFR 1.75(c): a dependent claim must include everything of its parent); two different products (a system
     * of a medium claim) are likely a copying slip. Null when they fit.
     */
    private static Confidence clash(ClaimCategory named, ClaimCategory parent) {
        if ((named == ClaimCategory.METHOD) != (parent == ClaimCategory.METHOD)) {
            return Confidence.CERTAIN;
        }
        // a parent "A polymer" is some product: "The composition of claim 1" may well be right
        return parent == null || group(named) == group(parent) ? null : Confidence.LIKELY;
    }

    /** Apparatus and system are both machines; the other categories stand alone. */
    private static ClaimCategory group(ClaimCategory c) {
        return c == ClaimCategory.SYSTEM ? ClaimCategory.APPARATUS : c;
    }
}
