package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.WordLists;
import io.patentdesk.analyzer.text.LongSet;
import io.patentdesk.analyzer.text.NounPhrases;
import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over the claims, in order, shared by the antecedent-basis and ambiguous-antecedent rules.
 *
 * <p>Every word written without "the"/"said" counts as introducing itself and the phrases of up to three words it
 * ends, so "a lever", "one or more levers", "two levers", "comprising circuitry" and "each lever" all introduce
 * "lever", and an adjective never has to be repeated ("an aluminum lever ... the lever"). A definite phrase ("the
 * aluminum lever") needs the whole phrase introduced before it in the same claim, or in the claims it depends on; on
 * a multiple dependent claim, on every path. Because the phrase after "the" is found without a tagger, a verb may run
 * into it ("the lever rotates"): shorter readings that stop before a verb-like word are tried as well. "the first X"
 * is also satisfied by plural "Xs" or by a plain "an X".
 */
final class AntecedentWalk {

    /** One problem found; {@code ambiguous} tells which rule reports it. */
    record Issue(boolean ambiguous, Claim claim, int start, int end, String term, String message) {}

    private static final long PLURAL = 1L << 62;
    /** Marks a phrase that ended where its run of words ended: it was used as a whole noun phrase. */
    private static final long HEAD = 1L << 61;
    /** Marks a word stem key. */
    private static final long STEM = 1L << 60;
    private static final int BARE = 1;
    /** Claims named in a message about a term missing from a chain of dependent claims; the rest are summed up. */
    static final int LISTED_ANCESTORS = 50;

    private final AnalysisContext ctx;
    private final Set<String> exempt;
    private final Map<Integer, CategoryMismatches.Mismatch> otherCategory;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> rawIds = new HashMap<>();
    private final Map<Integer, String> preambles = new HashMap<>();
    /** Per claim and key: the ordinal marks of the key in that claim and every claim above it. */
    private final Map<Integer, Map<Long, Integer>> marks = new HashMap<>();
    private final Map<Integer, LongSet> introduced = new HashMap<>();
    private final Map<Integer, Map<Long, Integer>> ordinals = new HashMap<>();
    private final Map<Integer, Map<Long, Boolean>> knownMemo = new HashMap<>();
    private final List<Issue> issues = new ArrayList<>();

    private AntecedentWalk(AnalysisContext ctx) {
        this.ctx = ctx;
        this.exempt = new HashSet<>(ctx.words().get(WordLists.Kind.ANTECEDENT_EXEMPT));
        this.otherCategory = CategoryMismatches.of(ctx);
    }

    static List<Issue> issues(AnalysisContext ctx) {
        return ctx.shared(Result.class, () -> new Result(new AntecedentWalk(ctx).run())).issues();
    }

    private record Result(List<Issue> issues) {}

    private List<Issue> run() {
        for (Claim c : ctx.claims().claims()) {
            if (!ctx.isPrimary(c) || c.isCanceled()) {
                continue; // a duplicate number is reported by claim-numbering; its terms cannot be resolved
            }
            // A claim whose every reference is broken (dependency-missing says so) cannot be resolved: its terms are
            // still recorded for the claims that depend on it, but not checked.
            forgetMarksBelow(c.number());
            walk(c, c.references().isEmpty() || !ctx.tree().parents(c.number()).isEmpty());
        }
        return issues;
    }

    private void walk(Claim c, boolean checking) {
        LongSet own = new LongSet();
        Map<Long, Integer> ords = new HashMap<>();
        introduced.put(c.number(), own);
        ordinals.put(c.number(), ords);
        List<Token> tokens = ctx.tokens(c);
        int contentFrom = c.contentStart() - c.start();
        int[] run = new int[3];
        int[] runOrd = new int[3];
        int runLength = 0;
        boolean first = true;
        int[] next = new int[1];
        CategoryMismatches.Mismatch mismatch = otherCategory.get(c.number());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < contentFrom) {
                continue;
            }
            if (t.isWord() && (t.is("the") || t.is("said"))) {
                int[] words = NounPhrases.after(tokens, i + 1, next);
                if (words.length > 0) {
                    boolean subject = first && c.isIndependent(); // "The ornamental design for ..."
                    // "The expandable cooker of claim 1" for "An expandable vertical food cooker": a short name
                    // of the claimed subject is fine when all its words are in the independent claim's preamble.
                    boolean shortName = first && !c.isIndependent() && namesSubject(c, tokens, words);
                    // "The method of claim 1" for an apparatus claim 1: dependency-category reports it
                    boolean category = mismatch != null && c.start() + t.start() >= mismatch.start()
                            && c.start() + t.start() < mismatch.end();
                    if (!subject && !shortName && !category && checking) {
                        check(c, tokens, i, words, next[0]);
                    }
                    addPhrase(own, ords, tokens, words);
                    i = next[0] - 1;
                }
                endRun(own, run, runLength);
                runLength = 0;
                first = false;
                continue;
            }
            first = false;
            if (t.isPunct('(') && i + 2 < tokens.size() && tokens.get(i + 2).isPunct(')')
                    && abbreviation(tokens.get(i + 1).text())) {
                // "Session Initiation Protocol (SIP) invite message": the acronym joins the run, so "the SIP
                // invite message" and "the SIP" both have their basis
                tokens = withoutParens(tokens, i);
                t = tokens.get(i);
            } else if (t.isPunct('(') && NounPhrases.skipReferenceSign(tokens, i) > i) {
                i = NounPhrases.skipReferenceSign(tokens, i);
                continue;
            }
            if (!t.isWord() || t.boundary()) {
                endRun(own, run, runLength);
                runLength = 0;
                if (t.isWord() && COLLECTIVES.contains(t.lower())) {
                    // "a pair of arms ... the pairs", "a set of rules ... the set"
                    long key = key(new int[] {id(t.lower())}, 0, 1);
                    own.add(key);
                    own.add(key | HEAD);
                    ords.merge(key, BARE, (a, b) -> a | b);
                }
                continue;
            }
            if (runLength == 3) {
                run[0] = run[1];
                run[1] = run[2];
                runOrd[0] = runOrd[1];
                runOrd[1] = runOrd[2];
                runLength = 2;
            }
            run[runLength] = id(t.lower());
            runOrd[runLength] = ordinalBit(t.lower());
            runLength++;
            boolean plural = Words.looksPlural(t.lower());
            if (t.lower().length() >= 6) {
                own.add(stemKey(t.lower()));
            }
            for (int k = 1; k <= runLength; k++) {
                int from = runLength - k;
                long key = key(run, from, runLength);
                own.add(key);
                if (plural) {
                    own.add(key | PLURAL);
                }
                // "a first gear": "gear" is marked as introduced with "first"; "a gear" marks it bare
                int mark = from > 0 && runOrd[from - 1] != 0 ? runOrd[from - 1] : BARE;
                ords.merge(key, mark, (a, b) -> a | b);
            }
        }
        endRun(own, run, runLength);
    }

    private static void endRun(LongSet own, int[] run, int runLength) {
        for (int from = 0; from < runLength; from++) {
            own.add(key(run, from, runLength) | HEAD);
        }
    }

    private void addPhrase(LongSet own, Map<Long, Integer> ords, List<Token> tokens, int[] words) {
        int[] ids = ids(tokens, words);
        for (int end = 1; end <= ids.length; end++) {
            for (int start = Math.max(0, end - 3); start < end; start++) {
                long key = key(ids, start, end);
                own.add(key);
                if (end == ids.length) {
                    own.add(key | HEAD);
                }
                int mark = start > 0 && end - start == 1 && ordinalBit(tokens.get(words[start - 1]).lower()) != 0
                        ? ordinalBit(tokens.get(words[start - 1]).lower()) : BARE;
                ords.merge(key, mark, (a, b) -> a | b);
            }
        }
    }

    private void check(Claim c, List<Token> tokens, int det, int[] words, int after) {
        String firstWord = tokens.get(words[0]).lower();
        String lastWord = Words.singular(tokens.get(words[words.length - 1]).lower());
        if (exempt.contains(firstWord) || exempt.contains(Words.singular(firstWord)) || exempt.contains(lastWord)
                || exempt.contains(phrase(tokens, words, words.length))) {
            return;
        }
        if (after < tokens.size() && (tokens.get(after).is("of") || tokens.get(after).is("between"))
                && !(after + 1 < tokens.size() && tokens.get(after + 1).lower().startsWith("claim"))) {
            // "the end of the tube", "the distance between A and B": an inherent part or property of something
            // named (MPEP 2173.05(e))
            return;
        }
        boolean ordinalsOnly = true;
        for (int w : words) {
            ordinalsOnly &= Words.isOrdinal(tokens.get(w).lower());
        }
        if (ordinalsOnly) {
            return; // "the second set of ...", "the first and second ...": the noun is beyond the phrase found
        }
        int[] ids = ids(tokens, words);
        for (int from = 0; from < words.length; from++) {
            // Non-restrictive or participle modifiers may be dropped: "the separated item" after "separating an
            // item", "the corresponding second contacts" after "second contacts". Other adjectives may not.
            if (from > 0 && !droppable(tokens.get(words[from - 1]).lower())) {
                break;
            }
            long key = resolve(c, tokens, words, ids, from);
            if (key != -1) {
                if (from == 0 && key != 0 && !Words.isOrdinal(firstWord)
                        && !Words.looksPlural(tokens.get(words[words.length - 1]).lower())) {
                    checkAmbiguous(c, tokens, det, words, ids, key);
                }
                return;
            }
        }
        if (words.length == 1 && acronym(tokens.get(words[0]).text())) {
            return; // "the LED", "the GTP": a technical name, not an element to introduce
        }
        if (words.length == 1 && nominalization(tokens.get(words[0]).lower())
                && known(c.number(), stemKey(tokens.get(words[0]).lower()))) {
            return; // "the determination" after "determining ..."
        }
        int shortest = words.length;
        for (int k = 1; k < words.length; k++) {
            if (Words.looksVerbal(tokens.get(words[k]).lower())) {
                shortest = k;
                break;
            }
        }
        report(c, tokens, det, words, shortest);
    }

    private static List<Token> withoutParens(List<Token> tokens, int open) {
        List<Token> copy = new ArrayList<>(tokens.size() - 2);
        copy.addAll(tokens.subList(0, open));
        copy.add(tokens.get(open + 1));
        copy.addAll(tokens.subList(open + 3, tokens.size()));
        return copy;
    }

    /** Whether every word of a dependent claim's opening "The X" is in its independent claim's preamble. */
    private boolean namesSubject(Claim c, List<Token> tokens, int[] words) {
        List<Integer> roots = ctx.tree().independentClaimsOf(c.number());
        if (roots.isEmpty()) {
            return false;
        }
        for (int root : roots) {
            String preamble = preambles.computeIfAbsent(root, n -> {
                Claim r = ctx.tree().claim(n);
                return " " + r.slice(r.preamble().start(), r.preamble().end()).toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
            });
            for (int w : words) {
                String word = tokens.get(w).lower();
                if (!preamble.contains(" " + word + " ") && !preamble.contains(" " + Words.singular(word) + " ")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The key that gives words[from..] a basis (0 for a reading that needs no ambiguity check), or -1. */
    private long resolve(Claim c, List<Token> tokens, int[] words, int[] ids, int from) {
        String first = tokens.get(words[from]).lower();
        for (int k = words.length; k > from; k--) {
            long key = key(ids, Math.max(from, k - 3), k);
            boolean whole = k == words.length || Words.looksVerbal(tokens.get(words[k]).lower());
            // A shorter reading must either stop before a verb-like word, or match a phrase that was itself used
            // whole ("a passage, ..." then "said passage adjacent the chamber").
            if (whole ? known(c.number(), key) : known(c.number(), key | HEAD)) {
                return key == -1 ? 0 : key;
            }
            if (k - from >= 2 && Words.isOrdinal(first)) {
                long rest = key(ids, Math.max(from + 1, k - 3), k);
                if (known(c.number(), rest | PLURAL) || (mask(c.number(), rest) & BARE) != 0) {
                    return 0;
                }
            }
            // "the adhering step" names the step of "adhering ..."
            if (k - from >= 2 && Words.singular(tokens.get(words[k - 1]).lower()).equals("step")
                    && known(c.number(), key(ids, Math.max(from, k - 4), k - 1))) {
                return 0;
            }
        }
        return -1;
    }

    private static final Set<String> NON_RESTRICTIVE = Set.copyOf(List.of("corresponding", "respective", "several",
            "particular", "last", "multiple", "various", "given", "individual", "entire", "whole", "remaining",
            "associated", "selected", "current", "previous", "next", "aforementioned", "aforesaid", "above-mentioned",
            "mentioned", "overall", "total", "complete", "full", "said", "plural", "two", "three", "four", "five", "six",
            "both", "specific", "specified", "resulting", "resultant", "existing", "remaining", "preceding",
            "following", "underlying", "surrounding", "different", "available", "adjoining", "opposing", "facing", "mating", "operating"));

    private static final Set<String> COLLECTIVES = Set.of("pair", "pairs", "set", "sets", "series", "group",
            "groups", "number", "plurality");

    private static boolean droppable(String lower) {
        if (NON_RESTRICTIVE.contains(lower)) {
            return true;
        }
        if (lower.endsWith("ly") && lower.length() > 4) {
            return true; // "the immediately preceding milking"
        }
        return lower.indexOf('-') < 0 && lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("ised")
                || lower.endsWith("ized") || lower.endsWith("en"));
    }

    /** A defined short form in parentheses: "(SIP)", "(Tg)", "(NRE)". */
    private static boolean abbreviation(String raw) {
        if (raw.length() < 2 || raw.length() > 8 || !Character.isLetter(raw.charAt(0))) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean acronym(String raw) {
        if (raw.length() < 2 || raw.length() > 8) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (Character.isUpperCase(ch)) {
                upper++;
            } else if (!Character.isDigit(ch) && ch != '-' && !(ch == 's' && i == raw.length() - 1)) {
                return false;
            }
        }
        return upper >= 2;
    }

    /** A key for a word's first six letters, shared by a verb and its nominalization ("determining", "determination"). */
    private long stemKey(String lower) {
        return lower.length() < 6 ? -2 : STEM | id("~" + lower.substring(0, 6));
    }

    private static boolean nominalization(String lower) {
        return lower.endsWith("tion") || lower.endsWith("sion") || lower.endsWith("ment") || lower.endsWith("ance")
                || lower.endsWith("ence") || lower.endsWith("ure") || lower.endsWith("ing") || lower.endsWith("age")
                || lower.endsWith("al") || lower.endsWith("ions") || lower.endsWith("ments") || lower.endsWith("ings");
    }

    private void checkAmbiguous(Claim c, List<Token> tokens, int det, int[] words, int[] ids, long key) {
        int k = words.length;
        while (k > 0 && key(ids, Math.max(0, k - 3), k) != key) {
            k--;
        }
        if (k == 0) {
            return;
        }
        int mask = mask(c.number(), key);
        if ((mask & BARE) != 0 || Integer.bitCount(mask >>> 1) < 2) {
            return;
        }
        String phrase = phrase(tokens, words, k);
        List<String> kinds = new ArrayList<>();
        for (int b = 1; b < 31; b++) {
            if ((mask & (1 << b)) != 0) {
                kinds.add("'" + ordinalName(b) + " " + phrase + "'");
            }
        }
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[k - 1]).end();
        issues.add(new Issue(true, c, s, e, normalized(tokens, words, k), "'" + c.slice(s, e) + "' in claim "
                + c.number() + " is ambiguous: " + String.join(" and ", kinds)
                + " were introduced; say which one is meant"));
    }

    private void report(Claim c, List<Token> tokens, int det, int[] words, int k) {
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[k - 1]).end();
        String phrase = phrase(tokens, words, k);
        boolean plural = Words.looksPlural(tokens.get(words[k - 1]).lower());
        String intro = plural ? phrase : (startsWithVowel(phrase) ? "an " : "a ") + phrase;
        List<Integer> parents = ctx.tree().parents(c.number());
        String where;
        if (parents.isEmpty()) {
            where = "no '" + intro + "' earlier in claim " + c.number();
        } else if (parents.size() == 1) {
            // A chain of thousands of claims is not listed whole in every message about it.
            List<Integer> chain = ctx.tree().nearestAncestors(c.number(), LISTED_ANCESTORS + 1);
            boolean more = chain.size() > LISTED_ANCESTORS;
            where = "no '" + intro + "' in claim " + c.number() + " or in claim" + (chain.size() > 1 ? "s " : " ")
                    + (more ? join(chain.subList(0, LISTED_ANCESTORS)) + " and the further claims they depend on"
                            : join(chain) + " that it depends on");
        } else {
            List<Integer> lacking = new ArrayList<>();
            long key = key(ids(tokens, words), Math.max(0, k - 3), k);
            for (int p : parents) {
                if (!known(p, key)) {
                    lacking.add(p);
                }
            }
            where = "claim " + c.number() + " depends on claim " + join(parents).replace(", ", " or ")
                    + ", and claim" + (lacking.size() > 1 ? "s " : " ") + join(lacking)
                    + " (with the claims " + (lacking.size() > 1 ? "they depend" : "it depends") + " on) introduce"
                    + (lacking.size() > 1 ? "" : "s") + " no '" + intro + "'; a term must be introduced on every"
                    + " dependency path";
        }
        issues.add(new Issue(false, c, s, e, normalized(tokens, words, k),
                "'" + c.slice(s, e) + "' in claim " + c.number() + " has no antecedent: " + where));
    }

    /**
     * Whether a key was introduced in this claim so far or, on every path, in the claims it depends on.
     *
     * <p>This is the plain recursive definition (own words, else every parent in turn, stopping at the first that
     * lacks it, caching each answer about a claim's parents) run with an explicit stack: a chain of claims can be
     * far deeper than the call stack.
     */
    private boolean known(int claim, long key) {
        Boolean direct = knownWithoutWalking(claim, key);
        if (direct != null) {
            return direct;
        }
        // Each frame: a claim whose parents are being asked in turn, and the index of the parent to ask next.
        ArrayDeque<int[]> frames = new ArrayDeque<>();
        frames.push(new int[] {claim, 0});
        while (true) {
            int[] top = frames.peek();
            List<Integer> parents = ctx.tree().parents(top[0]);
            boolean all;
            if (top[1] == parents.size()) {
                all = true;
            } else {
                int p = parents.get(top[1]);
                Boolean now = knownWithoutWalking(p, key);
                if (now == null) {
                    frames.push(new int[] {p, 0});
                    continue;
                }
                if (now) {
                    top[1]++;
                    continue;
                }
                all = false;
            }
            // The top claim's answer is settled: cache it and hand it down. A parent that lacks the key settles the
            // claim below it too; one that has it sends the claim below on to its next parent.
            while (true) {
                // Only finished claims are cached; the claim being walked keeps growing.
                knownMemo.computeIfAbsent(frames.pop()[0], k -> new HashMap<>()).put(key, all);
                if (frames.isEmpty()) {
                    return all;
                }
                if (all) {
                    frames.peek()[1]++;
                    break;
                }
            }
        }
    }

    /** The answer for a claim that needs no walk: its own words have the key, it has no parents, or it is cached. */
    private Boolean knownWithoutWalking(int claim, long key) {
        LongSet own = introduced.get(claim);
        if (own != null && own.contains(key)) {
            return true;
        }
        if (ctx.tree().parents(claim).isEmpty()) {
            return false;
        }
        Map<Long, Boolean> memo = knownMemo.get(claim);
        return memo == null ? null : memo.get(key);
    }

    /** Ordinal marks of a key in this claim and every claim above it. */
    private int mask(int claim, long key) {
        int m = ordinals.getOrDefault(claim, Map.of()).getOrDefault(key, 0);
        for (int p : ctx.tree().parents(claim)) {
            m |= marksFromHere(p, key);
        }
        return m;
    }

    /**
     * The marks of a key in a claim other than the one being walked, and in every claim above it. Cached per claim
     * until that claim or one above it is walked (see {@link #forgetMarksBelow}); computed parents first with an
     * explicit stack, as a chain of claims can be far deeper than the call stack. A claim's cache is only filled
     * after its parents', so a claim without one has no descendant with one.
     */
    private int marksFromHere(int claim, long key) {
        Integer cached = marks.getOrDefault(claim, Map.of()).get(key);
        if (cached != null) {
            return cached;
        }
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.push(claim);
        while (!todo.isEmpty()) {
            int n = todo.peek();
            Map<Long, Integer> memo = marks.computeIfAbsent(n, k -> new HashMap<>());
            if (memo.containsKey(key)) {
                todo.pop();
                continue;
            }
            boolean ready = true;
            int m = ordinals.getOrDefault(n, Map.of()).getOrDefault(key, 0);
            for (int p : ctx.tree().parents(n)) {
                Integer pm = marks.getOrDefault(p, Map.of()).get(key);
                if (pm == null) {
                    todo.push(p);
                    ready = false;
                } else {
                    m |= pm;
                }
            }
            if (ready) {
                todo.pop();
                memo.put(key, m);
            }
        }
        return marks.get(claim).get(key);
    }

    /**
     * A claim is about to be walked, so its marks change: drop the cached marks of it and of every claim below it.
     * Claims are normally written parents first, and then nothing below a claim has a cache yet when it is walked.
     */
    private void forgetMarksBelow(int claim) {
        if (!marks.containsKey(claim)) {
            return; // the usual case: nothing below it has been looked at yet
        }
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.push(claim);
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (marks.remove(n) != null) {
                todo.addAll(ctx.tree().children(n));
            }
        }
    }

    private int id(String lowerWord) {
        Integer known = rawIds.get(lowerWord);
        if (known != null) {
            return known;
        }
        String s = Words.singular(lowerWord);
        Integer id = vocabulary.get(s);
        if (id == null) {
            id = vocabulary.size() + 1;
            vocabulary.put(s, id);
        }
        rawIds.put(lowerWord, id);
        return id;
    }

    private int[] ids(List<Token> tokens, int[] words) {
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = id(tokens.get(words[i]).lower());
        }
        return ids;
    }

    /** Up to three word ids in one long (20 bits each). */
    private static long key(int[] ids, int from, int to) {
        long k = 0;
        for (int i = Math.max(from, to - 3); i < to; i++) {
            k = (k << 20) | (ids[i] & 0xFFFFF);
        }
        return k;
    }

    private static int ordinalBit(String lower) {
        int i = switch (lower) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            case "fifth", "5th" -> 5;
            case "sixth", "6th" -> 6;
            case "seventh" -> 7;
            case "eighth" -> 8;
            case "ninth" -> 9;
            case "tenth" -> 10;
            case "eleventh" -> 11;
            case "twelfth" -> 12;
            default -> 0;
        };
        return i == 0 ? 0 : 1 << i;
    }

    private static String ordinalName(int bit) {
        return new String[] {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"}[Math.min(bit, 12)];
    }

    private static String phrase(List<Token> tokens, int[] words, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) {
            sb.append(i == 0 ? "" : " ").append(tokens.get(words[i]).lower());
        }
        return sb.toString();
    }

    private static String normalized(List<Token> tokens, int[] words, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) {
            sb.append(i == 0 ? "" : " ").append(Words.singular(tokens.get(words[i]).lower()));
        }
        return sb.toString();
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aeio".indexOf(s.charAt(0)) >= 0;
    }

    private static String join(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(numbers.get(i));
        }
        return sb.toString();
    }
}
