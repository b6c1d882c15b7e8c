package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Transition;
import io.patentdesk.analyzer.WordLists;
import io.patentdesk.analyzer.text.LongSet;
import io.patentdesk.analyzer.text.NounPhrases;
import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * is also satisfied by a plain "an X" or by numbered "two Xs".
 *
 * <p>Words are keyed by their parts, so "three-point hitch" and "three point hitch" are one term; a closed compound
 * ("footplate" for "foot plate") is tried when nothing else fits (inconsistent-term reports the variation). An
 * abbreviation defined in parentheses ("a personal user interface (UI)") stands in for the words it abbreviates, so
 * "the UI" and "the personal UI" have their basis.
 *
 * <p>What is found carries a severity and a confidence: a term never introduced is a certain error; a term of which
 * only a plural was introduced ("said working block" after "two working blocks"), a part of a named thing ("the
 * front side of the body"), wording in the preamble's statement of purpose and an abbreviation never introduced
 * anywhere are warnings, as examiners cite them only sometimes.
 */
final class AntecedentWalk {

    enum Kind { MISSING, AMBIGUOUS }

    /** One problem found; {@code kind} tells which rule reports it. */
    record Issue(Kind kind, Claim claim, int start, int end, String term, String message, Severity severity,
                 Confidence confidence) {
        boolean ambiguous() {
            return kind == Kind.AMBIGUOUS;
        }
    }

    private static final long PLURAL = 1L << 62;
    /** Marks a phrase that ended where its run of words ended: it was used as a whole noun phrase. */
    private static final long HEAD = 1L << 61;
    /** Marks a word stem key. */
    private static final long STEM = 1L << 60;
    /**
     * Marks a phrase introduced after "another" or "other" ("one tube ... the other tube"): there are several and
     * none was named the first. Like the next two flags it shares bits with the first of a key's three 20-bit word
     * ids, which stay below 2^17 (a document's distinct words); a document with more could only gain or lose a
     * finding, never fail.
     */
    private static final long OTHER = 1L << 59;
    /** Marks a phrase introduced with "a"/"an" (the whole run after the article: "a user"). */
    private static final long ARTICLE = 1L << 58;
    /** Marks a phrase introduced with "a"/"an" a second time ("to recommend to a user ... performed by a user"). */
    private static final long TWICE = 1L << 57;
    // Marks of a key: what came just before it where it was introduced. Bit 0: nothing (a bare "a gear"); bits 1-12:
    // an ordinal ("a first gear"); bits 13-29: another modifier, by a hash of the word ("a vent opening"); bit 30: the
    // phrase ended on a singular word ("a working block", not only "working blocks"); bit 31: a number word ("two
    // gears"), which also counts as bare.
    private static final int BARE = 1;
    private static final int MODIFIER_BASE = 13;
    private static final int MODIFIER_BITS = 17;
    private static final int SINGULAR = 1 << 30;
    private static final int NUMBERED = 1 << 31;
    /** Ordinal and modifier bits: the kinds of one thing that make a bare "the X" ambiguous. */
    private static final int KINDS = ~(BARE | SINGULAR | NUMBERED);
    private static final int ORDINAL_BITS = ((1 << 13) - 1) & ~BARE;

    /** Claims named in a message about a term missing from a chain of dependent claims; the rest are summed up. */
    static final int LISTED_ANCESTORS = 50;

    private final AnalysisContext ctx;
    private final Set<String> exempt;
    private final Map<Integer, CategoryMismatches.Mismatch> otherCategory;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    /** What the walk needs to know of a written word, worked out once per analysis. */
    private final Map<String, Word> wordInfo = new HashMap<>();
    private final Map<Integer, String> preambles = new HashMap<>();
    /** Per independent claim: the head noun of its subject ({@link #subjectHead}). */
    private final Map<Integer, String> subjectHeads = new HashMap<>();
    /** {@link #subjectHeadsOfAllClaims}, lazy. */
    private Set<String> allSubjectHeads;
    /** Per claim and key: the marks of the key in that claim and every claim above it. */
    private final Map<Integer, Map<Long, Integer>> marks = new HashMap<>();
    private final Map<Integer, LongSet> introduced = new HashMap<>();
    /** Per claim: the ordered word pairs of its runs ({@link Run#gapped}). */
    private final Map<Integer, LongSet> gappedPairs = new HashMap<>();
    private final Map<Integer, Map<Long, Integer>> ordinals = new HashMap<>();
    private final Map<Integer, Map<Long, Boolean>> knownMemo = new HashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    /** Claims that lost their opening words, or depend on one that did (computed in claim order). */
    private final Set<Integer> openingLostAbove = new HashSet<>();
    /** Properties, measures and body parts: often inherent in what the claim names ("the rate", "the neck"). */
    private final Set<String> properties;
    /** People and surroundings a claimed thing acts on or in: "the user", "the sea". */
    private final Set<String> surroundings;
    /** Participles that end in neither -ed nor -en: "said instructions sent", "said wheel held". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("sent", "held", "made", "built", "set", "put",
            "cut", "led", "fed", "kept", "left", "lost", "found", "bound", "wound", "shown", "spent", "split", "spread",
            "struck", "stuck", "hung", "laid", "paid", "read", "run", "seen", "sold", "told", "thrown", "meant", "bent",
            "lit", "shot", "slid", "spun", "swung", "torn", "worn", "borne", "dealt", "felt", "dug", "cast", "shed");
    /**
     * Irregular participles that only say what was done to a thing already named ("said sent instructions"); not
     * those that also name a kind ("set screw", "left side", "cast iron", "lead wire").
     */
    private static final Set<String> DROPPABLE_PARTICIPLES = Set.of("sent", "held", "made", "built", "kept", "lost",
            "shown", "spent", "seen", "sold", "told", "thrown", "dealt", "paid", "laid", "meant");
    /** Generic names of a claimed subject, which a dependent claim may use for a more specific one. */
    private static final Set<String> GENERIC_SUBJECTS = Set.of("apparatus", "device", "system", "method", "process",
            "composition", "assembly", "machine", "product", "article", "kit", "unit", "structure", "arrangement",
            "mechanism", "instrument", "tool", "equipment", "installation", "combination", "compound", "formulation",
            "mixture", "material", "procedure", "invention");
    /** How many of a run's last words are remembered for an abbreviation that stands for them. */
    private static final int HISTORY = 10;
    /** Claims the parser found cut off in copying. */
    private final Set<Integer> cutOff;
    /** The claims text in lower case, for counting how often a word is written ({@link #slipOf}); lazy. */
    private String lowerClaimsText;
    /** Abbreviations written anywhere in the claims other than after "the"/"said", with the first claim; lazy. */
    private Map<String, Integer> abbreviationsUsed;

    private AntecedentWalk(AnalysisContext ctx) {
        this.ctx = ctx;
        this.exempt = new HashSet<>(ctx.words().get(WordLists.Kind.ANTECEDENT_EXEMPT));
        this.properties = new HashSet<>(ctx.words().get(WordLists.Kind.INHERENT_PROPERTIES));
        this.surroundings = new HashSet<>(ctx.words().get(WordLists.Kind.SURROUNDINGS));
        this.otherCategory = CategoryMismatches.of(ctx);
        this.cutOff = ctx.claims().inputQuality().claimsWithoutOpening();
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
            boolean lost = openingLost(c);
            for (int p : ctx.tree().parents(c.number())) {
                lost |= openingLostAbove.contains(p);
            }
            if (lost) {
                openingLostAbove.add(c.number());
            }
            // A design claim is one sentence naming the article ("The ornamental design for the boat motor
            // stabilizer, as shown"): nothing in it needs an antecedent.
            boolean design = c.category() == io.patentdesk.analyzer.ClaimCategory.DESIGN
                    || PLANT_CLAIM.matcher(c.analysisText()).find(); // "the foliage" of the plant it names
            walk(c, !design && (c.references().isEmpty() || !ctx.tree().parents(c.number()).isEmpty()));
        }
        return issues;
    }

    /** The run of consecutive words being read (the last three kept), with what each can mark. */
    private final class Run {
        final int[] id = new int[3];
        final int[] ord = new int[3];
        final int[] mod = new int[3];
        /** The ids and modifier marks of the run's last {@link #HISTORY} words, newest last: an abbreviation may stand
         * for more words than the three kept ("destination mobility management network entity (MMNE)"). */
        final int[] pastId = new int[HISTORY];
        final int[] pastOrd = new int[HISTORY];
        final int[] pastMod = new int[HISTORY];
        int length;
        /** Words in the whole run, beyond the three kept. */
        int total;
        /** The mark of the last word shifted out of the three kept: what precedes the first one kept. */
        int before = BARE;
        /** The id of the last ordinal in the run ("first" of "a first curved flute"), or 0. */
        int ordinalId;
        /** A modifier coordinated with this run's first word ("first" of "first and second members"), or null. */
        int[] shared;
        final LongSet own;
        final Map<Long, Integer> ords;
        /** Ordered pairs of words written in one run, not necessarily next to each other. */
        final LongSet gapped;

        Run(LongSet own, Map<Long, Integer> ords, LongSet gapped) {
            this.own = own;
            this.ords = ords;
            this.gapped = gapped;
        }

        /** Whether the last word pushed looked plural. */
        boolean plural;
        /** The run follows "another"/"other": each phrase it ends is one of several. */
        boolean afterOther;
        /** The run follows "a"/"an" (in the claim being walked, {@link #claim}): its whole phrase is introduced. */
        boolean afterArticle;
        /** The run is distributive, after "each"/"every" ("each arm having a slot"): it introduces several. */
        boolean distributive;
        int claim;

        /** Adds one word (part) and introduces the phrases of up to three words it ends. */
        void push(int wordId, int ordinal, int modifier, boolean plural) {
            this.plural = plural;
            if (length == 3) {
                before = markOf(ord[0], mod[0]);
                id[0] = id[1];
                id[1] = id[2];
                ord[0] = ord[1];
                ord[1] = ord[2];
                mod[0] = mod[1];
                mod[1] = mod[2];
                length = 2;
            }
            id[length] = wordId;
            ord[length] = ordinal;
            mod[length] = modifier;
            pastId[total % HISTORY] = wordId;
            pastOrd[total % HISTORY] = ordinal;
            pastMod[total % HISTORY] = modifier;
            length++;
            total++;
            // every earlier word of the run with this one, in order: "isosorbide ... derivative" of "an isosorbide
            // glyceryl ether derivative", for a shortened reference to it
            for (int back = 1; back < Math.min(total, HISTORY); back++) {
                gapped.add(((long) pastId[(total - 1 - back) % HISTORY] << 20) | wordId);
            }
            for (int from = length - 1; from >= 0; from--) {
                long key = key(id, from, length);
                own.add(key);
                if (plural) {
                    own.add(key | PLURAL);
                }
            }
            if (ordinal != 0) {
                ordinalId = wordId;
            } else if (ordinalId != 0 && (length < 2 || id[length - 2] != ordinalId)) {
                // "a first curved smooth flute" also introduces "first flute"
                long key = ((long) ordinalId << 20) | wordId;
                own.add(key);
                if (plural) {
                    own.add(key | PLURAL);
                }
            }
        }

        /**
         * The run ends: its last words were used as a whole noun phrase (HEAD), and each phrase it ends is marked by
         * the word before it. A word inside the run ("gear" of "a gear train") gets no mark: a compound does not
         * introduce its first word as a thing of its own.
         */
        void end() {
            boolean introducedWhole = afterArticle && length > 0 && total == length;
            phraseEnds();
            if (introducedWhole) {
                long whole = key(id, 0, length);
                if (known(claim, whole | ARTICLE)) {
                    own.add(whole | TWICE);
                }
                own.add(whole | ARTICLE);
            }
            if (shared != null && length >= 2 && total == length) {
                // "first and second members" introduces one "first member" and one "second member"; "a first and a
                // second interacting member" a "first interacting member"
                int[] both = id.clone();
                both[0] = shared[0];
                long own1 = key(both, 0, length);
                own.add(own1);
                own.add(own1 | HEAD);
                ords.merge(own1, BARE | SINGULAR, (a, b) -> a | b);
                if (length == 2 && plural) {
                    ords.merge(key(id, 0, 2), SINGULAR, (a, b) -> a | b);
                    int[] kinds = {id[1]};
                    ords.merge(key(kinds, 0, 1), shared[1], (a, b) -> a | b);
                }
            }
            shared = null;
            plural = false;
            afterOther = false;
            afterArticle = false;
            distributive = false;
            length = 0;
            total = 0;
            before = BARE;
            ordinalId = 0;
        }

        /**
         * The noun phrase ends here though the run of words goes on into a verb ("a protrusion disposed upon",
         * "a lever pivotally mounted"): HEAD and marks as at the run's end.
         */
        void phraseEnds() {
            int singular = plural || distributive ? 0 : SINGULAR; // "each segment has an inner edge": several edges
            for (int from = 0; from < length; from++) {
                long key = key(id, from, length);
                own.add(key | HEAD);
                int mark = from > 0 ? markOf(ord[from - 1], mod[from - 1]) : total > length ? before : BARE;
                ords.merge(key, mark | singular, (a, b) -> a | b);
                if (afterOther) {
                    own.add(key | OTHER);
                }
                if (distributive) {
                    own.add(key | PLURAL); // "each arm having a slot" introduces slots: "the slots" has its basis
                }
            }
            afterArticle = false; // a verb ran into the phrase ("a pattern forming area"): not a whole introduction
        }

        /**
         * "(UI)" after "personal user interface": the abbreviation (its word parts: "S-GW" is "s" "gw") takes the
         * place of the words it stands for, one per capital letter; the words before them stay its modifiers, so "the
         * personal UI" and "the destination MMNE" have their basis.
         */
        void abbreviate(int[] abbreviationIds, int letters) {
            int replaced = Math.min(total, letters);
            int kept = Math.min(Math.min(2, total - replaced), HISTORY - replaced);
            int[] keptId = new int[Math.max(0, kept)];
            int[] keptOrd = new int[keptId.length];
            int[] keptMod = new int[keptId.length];
            for (int k = 0; k < keptId.length; k++) {
                int at = Math.floorMod(total - replaced - keptId.length + k, HISTORY);
                keptId[k] = pastId[at];
                keptOrd[k] = pastOrd[at];
                keptMod[k] = pastMod[at];
            }
            int keepBefore = keptId.length < total - replaced ? BARE : before;
            end();
            for (int k = 0; k < keptId.length; k++) {
                push(keptId[k], keptOrd[k], keptMod[k], false);
            }
            before = keepBefore;
            for (int part : abbreviationIds) {
                push(part, 0, 0, false);
            }
        }
    }

    private static int markOf(int ordinal, int modifier) {
        return ordinal != 0 ? ordinal : modifier != 0 ? modifier : BARE;
    }

    private void walk(Claim c, boolean checking) {
        LongSet own = new LongSet();
        Map<Long, Integer> ords = new HashMap<>();
        introduced.put(c.number(), own);
        ordinals.put(c.number(), ords);
        List<Token> tokens = ctx.tokens(c);
        int contentFrom = c.contentStart() - c.start();
        LongSet gapped = new LongSet();
        gappedPairs.put(c.number(), gapped);
        Run run = new Run(own, ords, gapped);
        run.claim = c.number();
        int bodyFrom = c.isIndependent() || c.transition() == Transition.NONE ? c.start() : c.preamble().end();
        int eachAt = -100; // the token index of the last "each"/"every"
        boolean runHasNoun = false;
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
                int end = next[0];
                boolean quantified = false;
                if (onlyModifiers(tokens, words)) {
                    // "the at least one bulb", "the trained at least one data model", "the acquired one or more
                    // paths": the phrase is the one after the quantifier
                    int q = quantifierEnd(tokens, end);
                    if (q > 0) {
                        int[] rest = NounPhrases.after(tokens, q, next);
                        if (rest.length > 0) {
                            words = rest;
                            end = next[0];
                            quantified = true;
                        }
                    }
                }
                if (words.length > 0 && !quantified && onlyModifiers(tokens, words) && end < tokens.size()
                        && tokens.get(end).isWord() && !tokens.get(end).boundary()) {
                    // "the two sealing means": the phrase found stopped at a participle; the noun comes after it
                    int[] rest = NounPhrases.after(tokens, end, next);
                    if (rest.length > 0 && words.length + rest.length <= NounPhrases.MAX_WORDS) {
                        int[] both = java.util.Arrays.copyOf(words, words.length + rest.length);
                        System.arraycopy(rest, 0, both, words.length, rest.length);
                        words = both;
                        end = next[0];
                    }
                }
                if (words.length > 0 && !quantified && (onlyModifiers(tokens, words)
                        && (tokens.get(words[words.length - 1]).lower().endsWith("ed")
                        || end < tokens.size() && COLLECTIVES.contains(tokens.get(end).lower()))
                        || coordinated(tokens, end) && allModifierOnly(tokens, words) && !verbAfter(tokens, end)
                        || commaBeforeModifier(tokens, end) && allModifierOnly(tokens, words))) {
                    // "the stored" alone, "the positive or negative going voltage", "the specific number of": the
                    // noun they modify is beyond what was found
                    if (checking && coordinated(tokens, end) && allModifierOnly(tokens, words)) {
                        checkCoordinatedHead(c, tokens, i, words, end);
                    }
                    words = new int[0];
                }
                if (words.length > 0) {
                    boolean subject = first && c.isIndependent(); // "The ornamental design for ..."
                    // "The expandable cooker of claim 1" for "An expandable vertical food cooker": a short name
                    // of the claimed subject is fine when all its words are in the independent claim's preamble.
                    boolean shortName = first && !c.isIndependent()
                            && (openingLostAbove.contains(c.number()) || namesSubject(c, tokens, words));
                    // "The method of claim 1" for an apparatus claim 1: dependency-category reports it
                    boolean category = mismatch != null && c.start() + t.start() >= mismatch.start()
                            && c.start() + t.start() < mismatch.end();
                    if (!subject && !shortName && !category && checking) {
                        check(c, tokens, i, words, end, quantified, first && !c.isIndependent());
                    } else if (subject && checking && t.text().equals("The") && c.references().isEmpty()) {
                        checkUnreferencedOpening(c, tokens, i, words);
                    }
                    addPhrase(own, ords, tokens, words);
                    i = end - 1;
                }
                run.end();
                first = false;
                continue;
            }
            first = false;
            if (t.isPunct('(')) {
                if (i + 2 < tokens.size() && tokens.get(i + 2).isPunct(')')
                        && abbreviation(tokens.get(i + 1).text())) {
                    // "Session Initiation Protocol (SIP) invite message": the abbreviation continues the run in
                    // place of what it abbreviates, so "the SIP invite message" and "the SIP" have their basis
                    Token a = tokens.get(i + 1);
                    run.abbreviate(word(a.lower()).ids(), capitals(a.text()));
                    i += 2;
                    continue;
                }
                int sign = NounPhrases.skipReferenceSign(tokens, i);
                if (sign > i) {
                    i = sign;
                    continue;
                }
            }
            if (!t.isWord() || t.boundary() && !(runHasNoun && run.length > 0 && NounPhrases.collectiveHead(tokens, i))) {
                boolean and = t.is("and") || t.is("or") || t.isPunct(',');
                // "first and second members", "left and right stops": the lone modifier before "and" also
                // applies to the noun after it
                int[] modifier = and && run.length == 1 && run.total == 1 && i + 1 < tokens.size()
                        && modifierOnly(t.isPunct(',') ? "" : tokens.get(i - 1).lower())
                        ? new int[] {run.id[0], markOf(run.ord[0], run.mod[0])} : null;
                if (modifier == null && (t.is("a") || t.is("an")) && i > 0
                        && (tokens.get(i - 1).is("and") || tokens.get(i - 1).is("or"))) {
                    modifier = run.shared; // "a first and a second member": "first" waits past "a"
                }
                run.end();
                run.shared = modifier;
                if (t.isWord()) {
                    if (t.is("each") || t.is("every")) {
                        eachAt = i;
                    }
                    run.afterOther = t.is("another") || t.is("other");
                    // A dependent claim's preamble does not count: "A tyre insert as claimed in claim 1" restates
                    // the subject.
                    run.afterArticle = (t.is("a") || t.is("an")) && c.start() + t.start() >= bodyFrom;
                    run.distributive = i - eachAt <= 6;
                }
                if (t.isWord() && COLLECTIVES.contains(t.lower())) {
                    // "a pair of arms ... the pairs", "a set of rules ... the set"
                    long key = key(new int[] {vocabId(t.lower())}, 0, 1);
                    own.add(key);
                    own.add(key | HEAD);
                    ords.merge(key, BARE | SINGULAR, (a, b) -> a | b);
                }
                continue;
            }
            Word w = word(t.lower());
            if (w.verbLike() && runHasNoun && !NounPhrases.attributive(tokens, i)) {
                run.phraseEnds();
            }
            runHasNoun = run.length > 0 && runHasNoun || w.noun();
            // "a drinking opening": a gerund right after "a" names a kind; elsewhere it is usually a verb
            // ("heating phosgene")
            int modifier = w.gerund() && i > 0 && (tokens.get(i - 1).is("a") || tokens.get(i - 1).is("an"))
                    ? w.kindAfterArticle() : w.kind();
            int[] parts = w.ids();
            for (int p = 0; p < parts.length; p++) {
                run.push(parts[p], parts.length == 1 ? w.ordinal() : 0, modifier, p == parts.length - 1 && w.plural());
            }
            if (w.stem() != -2) {
                own.add(w.stem());
            }
        }
        run.end();
    }

    private void addPhrase(LongSet own, Map<Long, Integer> ords, List<Token> tokens, int[] words) {
        int[] ids = ids(tokens, words);
        boolean plural = Words.looksPlural(tokens.get(words[words.length - 1]).lower());
        int[] mods = modifiersOf(tokens, words, ids.length);
        for (int end = 1; end <= ids.length; end++) {
            for (int start = Math.max(0, end - 3); start < end; start++) {
                long key = key(ids, start, end);
                own.add(key);
                if (end == ids.length) {
                    own.add(key | HEAD);
                    if (plural) {
                        own.add(key | PLURAL);
                    }
                    ords.merge(key, (start > 0 ? mods[start - 1] : BARE) | (plural ? 0 : SINGULAR),
                            (a, b) -> a | b);
                }
            }
        }
    }

    /** The mark each id of a phrase gives the id after it: its ordinal, or its modifier bit, or bare. */
    private int[] modifiersOf(List<Token> tokens, int[] words, int n) {
        int[] mods = new int[n];
        int k = 0;
        for (int j = 0; j < words.length; j++) {
            Word w = word(tokens.get(words[j]).lower());
            int[] parts = w.ids();
            for (int p = 0; p < parts.length && k < n; p++) {
                mods[k++] = markOf(parts.length == 1 ? w.ordinal() : 0,
                        j == 0 && w.gerund() ? w.kindAfterArticle() : w.kind());
            }
        }
        return mods;
    }

    /**
     * Checks the phrase {@code words} after the determiner at {@code det}; {@code quantified}: it followed "at least
     * one" or "one or more", so it names any of several and cannot be ambiguous.
     */
    private void check(Claim c, List<Token> tokens, int det, int[] words, int after, boolean quantified,
                       boolean opening) {
        if (words.length > 1 && tokens.get(words[words.length - 1]).is("opposite") && after < tokens.size()
                && (tokens.get(after).is("the") || tokens.get(after).is("said") || tokens.get(after).is("to"))) {
            // "the end opposite said bending point", "the side opposite to the substrate": "opposite" is a preposition here, not a noun of the phrase
            after = words[words.length - 1];
            words = Arrays.copyOf(words, words.length - 1);
        }
        if (words.length == 1 && after < tokens.size() && tokens.get(after).is("the")
                && Words.looksComparative(tokens.get(words[0]).lower())) {
            return; // "the higher the priority level, the sooner ...": a comparison, not a noun phrase
        }
        String firstWord = tokens.get(words[0]).lower();
        String lastWord = Words.singular(tokens.get(words[words.length - 1]).lower());
        // An exempt first word exempts the whole phrase ("the same X", "the balance rhodium"), except the words that
        // also name the kind of an element: "the ground surface" and "the vertical arm member" need their basis.
        boolean firstExempts = (exempt.contains(firstWord) || exempt.contains(Words.singular(firstWord))
                || superlativeInMost(firstWord))
                && (words.length == 1 || !ELEMENT_KINDS.contains(firstWord));
        if (firstExempts || exempt.contains(lastWord)
                || words.length > 1 && exempt.contains(normalized(tokens, words, words.length))) {
            return;
        }
        if (words.length == 1 && ABILITIES.contains(firstWord) && after + 1 < tokens.size() && tokens.get(after).is("to")
                && tokens.get(after + 1).isWord() && !tokens.get(after + 1).is("the")) {
            return; // "winning the right to declare trump", "the ability to rotate": what may be done, not an element
        }
        if (lastWord.equals("atom") && markushAtom(tokens, after)) {
            return; // "R1 and R2 form, together with the nitrogen atom to which they are bonded, a ring": a Markush idiom
        }
        if (lastWord.equals("part") && after + 1 < tokens.size() && tokens.get(after).is("by")
                && (tokens.get(after + 1).is("weight") || tokens.get(after + 1).is("volume")
                || tokens.get(after + 1).is("mass"))) {
            return; // "based on the parts by weight in the foil": a unit, not an element
        }
        // "the end of the tube", "the distance between A and B": perhaps an inherent part or property of something
        // named (MPEP 2173.05(e))
        boolean partOf = partOf(tokens, after);
        boolean ordinalsOnly = true;
        for (int w : words) {
            ordinalsOnly &= Words.isOrdinal(tokens.get(w).lower());
        }
        if (ordinalsOnly) {
            return; // "the second set of ...", "the first and second ...": the noun is beyond the phrase found
        }
        int capitalized = capitalizedWords(tokens, det, words);
        if (capitalized >= 2) {
            return; // "the Intelligent Platform Management Interface": a proper name, not an element to introduce
        }
        int[] ids = ids(tokens, words);
        for (int from = 0; from < words.length; from++) {
            // Non-restrictive or participle modifiers may be dropped: "the separated item" after "separating an
            // item", "the corresponding second contacts" after "second contacts". Other adjectives may not.
            if (from > 0 && !droppable(tokens.get(words[from - 1]).lower())) {
                break;
            }
            Resolution r = resolve(c, tokens, words, ids, from);
            if (r != null) {
                if (partOf || quantified) {
                    return; // "the first node of the tree" names which one; "the at least one arm" any of them
                }
                if (r.end() < words.length && !r.pluralOnly()) {
                    reportUnintroducedHead(c, tokens, det, words, r);
                }
                if (r.othersOnly()) {
                    reportOrdinalOfOthers(c, tokens, det, words, r);
                } else if (r.pluralOnly()) {
                    reportPluralOnly(c, tokens, det, words, r);
                } else if (from == 0 && r.key() != 0 && r.end() == words.length
                        && !Words.looksPlural(tokens.get(words[r.end() - 1]).lower())
                        && !modifiersCoordinated(tokens, after)) {
                    // only a whole reading: "the sleeve" of "the sleeve washer", "the socket" of "the socket axis"
                    // are not about a sleeve or a socket; nor is "said pressure" of "said pressure and suction
                    // sidewalls"
                    boolean each = det > 0 && (tokens.get(det - 1).is("each") || tokens.get(det - 1).is("every")
                            || tokens.get(det - 1).is("either")); // "each said member": one of them, any one
                    boolean subjectNamed = namesSubjectHead(c, tokens, words);
                    if (!subjectNamed && !checkAmbiguous(c, tokens, det, words, ids, r.key())
                            && r.end() == words.length && !each
                            && !checkIntroducedTwice(c, tokens, det, words, ids, r.key())) {
                        checkSingular(c, tokens, det, words, ids, r);
                    }
                } else if (from == 0 && r.key() != 0 && r.end() == words.length && !quantified
                        && Words.looksPlural(tokens.get(words[r.end() - 1]).lower())) {
                    checkPlural(c, tokens, det, words, r);
                }
                return;
            }
        }
        if (variantKnown(c, tokens, words)) {
            return; // "the foot plate" after "a footplate": inconsistent-term reports the two spellings
        }
        if (words.length == 1 && nominalization(tokens.get(words[0]).lower())
                && known(c.number(), stemKey(tokens.get(words[0]).lower()))) {
            return; // "the determination" after "determining ..."
        }
        int shortest = shortestReading(tokens, words);
        String respelled = respelledTerm(c, tokens, words, words.length);
        if (respelled == null && shortest < words.length) {
            respelled = respelledTerm(c, tokens, words, shortest);
        }
        if (respelled != null) {
            // "said anit-cancer treatment" after "an anti-cancer treatment", "the LED die/dice" after "an LED die": the
            // term introduced, written with a slip or with its alternatives; say which term it is
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.LIKELY,
                    "; it reads as '" + respelled + "', introduced earlier, written differently: write it the same way");
            return;
        }
        if (words.length == 1 && acronym(tokens.get(words[0]).text())) {
            reportAbbreviation(c, tokens, det, words);
        } else if (partOf) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; it may be an inherent part of what follows, which examiners sometimes accept (MPEP"
                            + " 2173.05(e)): introduce it if it is not");
        } else if (properties.contains(Words.singular(tokens.get(words[shortest - 1]).lower()))) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.LIKELY,
                    "; it names a property or a part that may be inherent in what the claim names, which examiners"
                            + " often accept (MPEP 2173.05(e)): introduce it if it is not clear whose it is");
        } else if (shortest == words.length && locatedBy(tokens, after)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; what follows says where it is or what it belongs to, which examiners often accept (MPEP"
                            + " 2173.05(e)): introduce it if it is not inherent there");
        } else if (shortest == 1 && surroundings.contains(Words.singular(tokens.get(words[0]).lower()))) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.LIKELY,
                    "; it names a person or a surrounding the claimed subject acts on, which examiners often accept"
                            + " (MPEP 2173.05(e)); if the claim relies on it, introduce it ('a ...')");
        } else if (abstractNoun(Words.singular(tokens.get(words[shortest - 1]).lower()))
                && onlyDroppableBefore(tokens, words, shortest - 1)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; it names an act, state or quality the claim implies, which examiners often accept (MPEP"
                            + " 2173.05(e)): introduce it if it is not clear what it is");
        } else if (signNamedBefore(c, tokens, det, words[shortest - 1] + 1)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.LIKELY,
                    "; its reference sign names an element introduced earlier under another name: use the same name");
        } else if (coordinatedHeadKnown(c, tokens, words, shortest, after)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; it modifies the noun after the words joined to it ('the audio and video data'): make sure"
                            + " that term was introduced");
        } else if (formulaPart(c, tokens, words, shortest)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; it names a part of the structural formula the claim recites, which examiners usually accept");
        } else if (symbol(tokens.get(words[shortest - 1]).text())
                || namedByFormula(c, tokens.get(words[shortest - 1]))) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; the symbol or formula given with it says what it is, which examiners often accept, but 'a ...'"
                            + " would be clearer");
        } else if (inPurposePhrase(c, tokens, det)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; it is in the preamble's statement of purpose, where examiners rarely object, but an"
                            + " indefinite article would be clearer");
        } else if (RESULT_WORDS.contains(firstWord) && words.length > 1) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; it names what a step the claim recites produced ('heat-drying the resultant polymer'), which"
                            + " examiners usually accept; if it is not clear which step, introduce it");
        } else if (COMPARATIVES.contains(firstWord) && (shortest > 1 || after < tokens.size()
                && tokens.get(after).isWord())) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; a comparison picks one of several things ('the longer pair of bars'): make sure what it is"
                            + " compared with was introduced");
        } else if (namedAfterAPerson(tokens, words, shortest)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; it is a reaction, effect or method known by a name ('the Fischer-Tropsch reaction'), which"
                            + " examiners usually accept");
        } else if (roleAfterAs(tokens, det)) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; after 'as' it names the role something plays ('zinc oxide as the major component'), which"
                            + " examiners usually accept: introduce it if it is an element of its own");
        } else if (capitalized == 1 && !opening) {
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                    "; if it is the name of one known thing, this is fine");
        } else if (opening && words.length == 1 && GENERIC_SUBJECTS.contains(Words.singular(firstWord))) {
            // "14. The system of claim 11" where claim 11 claims "A mobile communications device": a generic name of
            // the claimed subject, and the reference says which thing is meant, so examiners of granted claims mostly
            // let it pass; the name should still match. A specific other name ("The lamp" for "A light") stays an
            // error.
            report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.LIKELY,
                    "; it opens the claim as the name of the claimed subject, but the claim it refers to names that"
                            + " subject differently: use the same name");
        } else {
            // Certain when even the last word was never introduced; when it was ("a hydrothermal treatment" for
            // "the hydrothermal processing"? "an inner cylindrical member" for "the inner cylinder"?) or when the
            // phrase end was a guess, the reading may be ours.
            int[] headIds = idsOf(tokens.get(words[shortest - 1]).lower());
            long head = key(headIds, headIds.length - 1, headIds.length);
            boolean sure = shortest == words.length && !known(c.number(), head);
            if (!sure && shortest > 1 && shortenedReference(c, tokens, words, shortest)) {
                // "the isosorbide glyceryl derivative" for "an isosorbide glyceryl ether derivative": a term written
                // before with words left out, which examiners of granted claims mostly let pass. A term with a word
                // added ("the vertical movable arm member" after "a movable arm member") names something new.
                report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.LIKELY,
                        "; it reads as a shortened form of a term introduced earlier: write that term in full");
                return;
            }
            report(c, tokens, det, words, shortest, Severity.ERROR, sure ? Confidence.CERTAIN : Confidence.LIKELY,
                    "");
        }
    }

    /**
     * "the scissor lift table" after only "a scissor lift": the start of the phrase has a basis but the noun it ends
     * on was never introduced. Where a noun phrase ends is a guess ("said passage adjacent the chamber"), so this is
     * reported only when the words after the known start look like nouns and the last one was never introduced as a
     * thing of its own; as a possible finding.
     */
    private void reportUnintroducedHead(Claim c, List<Token> tokens, int det, int[] words, Resolution r) {
        int shortest = shortestReading(tokens, words);
        if (shortest <= r.end()) {
            return; // "the lever rotates": the words after the known phrase are a verb
        }
        for (int k = r.end(); k < shortest; k++) {
            String w = tokens.get(words[k]).lower();
            // the last word may be a plural noun for all its "-s" ("the mounting studs"): shortestReading kept it
            boolean pluralNoun = k == shortest - 1 && Words.looksPlural(w);
            if (Words.looksVerbal(w) && !pluralNoun || adjective(w)
                    || IRREGULAR_PARTICIPLES.contains(w) || modifierOnly(w) || exempt.contains(Words.singular(w))) {
                return;
            }
        }
        String last = tokens.get(words[shortest - 1]).lower();
        int[] headIds = idsOf(last);
        long head = key(headIds, headIds.length - 1, headIds.length);
        if (known(c.number(), head) || known(c.number(), head | HEAD) || properties.contains(Words.singular(last))) {
            return;
        }
        report(c, tokens, det, words, shortest, Severity.WARNING, Confidence.POSSIBLE,
                "; '" + phrase(tokens, words, r.end()) + "' was introduced, but nothing introduces it as a '"
                        + Words.singular(last) + "'");
    }

    /**
     * Whether the phrase ending before {@code after} names a part or property of something named after it: "the end
     * of the tube", "the distance between A and B", "the pressure drop across the filter", and coordinated, "the
     * position and orientation of the camera".
     */
    private static boolean partOf(List<Token> tokens, int after) {
        int k = after;
        if (k < tokens.size() && (tokens.get(k).is("and") || tokens.get(k).is("or"))) {
            // "the position and orientation of": the "of" after the second noun applies to the first
            int limit = Math.min(tokens.size(), k + 4);
            for (k = k + 1; k < limit && tokens.get(k).isWord() && !tokens.get(k).is("of"); k++) {
                if (tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("said")) {
                    return false; // "the lid and the cup of ...": two phrases, each checked on its own
                }
            }
            if (k >= limit || !tokens.get(k).is("of")) {
                return false;
            }
        }
        return k < tokens.size() && (tokens.get(k).is("of") || tokens.get(k).is("between")
                || tokens.get(k).is("across") || tokens.get(k).is("thereof") || tokens.get(k).is("therebetween"))
                && !(k + 1 < tokens.size() && tokens.get(k + 1).lower().startsWith("claim"));
    }

    /**
     * "the atoms within each of the layers", "the pain associated with osteoarthritis", "the sequence contained in the
     * plasmid": a phrase followed by where it is or what it belongs to, like a part of a named thing.
     */
    private static boolean locatedBy(List<Token> tokens, int after) {
        if (after >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(after);
        if (t.is("within") || t.is("inside") || t.is("therein") || t.is("thereon") || t.is("thereto")
                || t.is("opposite") || t.is("near")) { // "the end opposite said bending point", "the regions near"
            return true;
        }
        if (after + 1 < tokens.size() && t.lower().endsWith("ed") && (tokens.get(after + 1).is("thereto")
                || tokens.get(after + 1).is("therein") || tokens.get(after + 1).is("thereon"))) {
            return true; // "the husks attached thereto"
        }
        if (stepNamed(tokens, after)) {
            return true; // "the information from step (a)", "the polymer obtained in step (c)"
        }
        return (t.is("associated") || t.is("contained") || t.is("present") || t.is("located") || t.is("inherent"))
                && after + 1 < tokens.size() && (tokens.get(after + 1).is("with") || tokens.get(after + 1).is("in")
                || tokens.get(after + 1).is("on") || tokens.get(after + 1).is("within"));
    }

    /**
     * Whether the determiner at {@code det} follows "as" (not "as well as", which adds an element): "containing zinc
     * oxide as the major component", "uses the element as the light source", "such as the Internet".
     */
    private static boolean roleAfterAs(List<Token> tokens, int det) {
        if (det < 1 || !tokens.get(det - 1).is("as")) {
            return false;
        }
        return det < 3 || !(tokens.get(det - 2).is("well") && tokens.get(det - 3).is("as"));
    }

    /**
     * Whether "to which they are attached" or "they are bonded to" follows an atom: the Markush way of naming the atom
     * two substituents share, which needs no introduction.
     */
    private static boolean markushAtom(List<Token> tokens, int after) {
        if (after + 1 >= tokens.size()) {
            return false;
        }
        return tokens.get(after).is("to") && tokens.get(after + 1).is("which")
                || tokens.get(after).is("they") || tokens.get(after).is("which") && tokens.get(after + 1).is("they");
    }

    /** Whether "from step", or a participle and "in/from/of step", follows: the term is what that step gave. */
    private static boolean stepNamed(List<Token> tokens, int after) {
        int k = after;
        if (k + 1 < tokens.size() && tokens.get(k).lower().endsWith("ed") && (tokens.get(k + 1).is("in")
                || tokens.get(k + 1).is("from") || tokens.get(k + 1).is("by"))) {
            k++; // "obtained in", "formed by"
        }
        return k > after ? k + 1 < tokens.size() && tokens.get(k + 1).is("step")
                : k + 1 < tokens.size() && tokens.get(k).is("from") && tokens.get(k + 1).is("step");
    }

    /**
     * Whether the phrase is a capitalized name and a kind of known thing: "the Fischer-Tropsch reaction", "the Hall
     * effect", "the Reynolds number". Not "the Hall sensor": a sensor is an element the claim must introduce.
     */
    private static boolean namedAfterAPerson(List<Token> tokens, int[] words, int count) {
        if (count < 2 || !NAMED_KINDS.contains(Words.singular(tokens.get(words[count - 1]).lower()))) {
            return false;
        }
        String name = tokens.get(words[0]).text();
        return Character.isUpperCase(name.charAt(0)) && !acronym(name) && tokens.get(words[0]).start() > 0
                && Character.isLowerCase(tokens.get(words[count - 1]).text().charAt(0));
    }

    /** Adjective endings that nouns rarely have ("complementary", "movable"; not "table", "signal", "gear"). */
    private static boolean adjective(String w) {
        return w.endsWith("ary") || w.endsWith("ful") || w.endsWith("ive") && w.length() > 5 || w.endsWith("ous")
                || w.endsWith("ic")
                || w.endsWith("ible") || w.endsWith("able") && w.length() > 5 || w.endsWith("ular")
                || w.indexOf('-') >= 0;
    }

    /**
     * How the phrase after "the" ends, for the report: the words up to a verb-like word that ran into it ("the lever
     * rotates"), but never a reading that ends on a modifier ("the black" of "the black listed events").
     */
    private static int shortestReading(List<Token> tokens, int[] words) {
        for (int k = 1; k < words.length; k++) {
            if (Words.looksVerbal(tokens.get(words[k]).lower()) && !tokens.get(words[k]).is("means")) {
                String w = tokens.get(words[k]).lower(); // "means" ends "the control means (25)": a noun
                boolean attributive = k + 1 < words.length && (w.endsWith("ed") || w.endsWith("ing")); // "listed" in
                // "black listed events"
                String before = tokens.get(words[k - 1]).lower();
                if (!attributive && !modifierLike(before)) {
                    return k;
                }
            }
        }
        return words.length;
    }

    /** A word that can stand before "and" for a noun named after it: "first", "left", "upper", "inner". */
    private static boolean modifierOnly(String lower) {
        return Words.isOrdinal(lower) || LEFT_RIGHT.contains(lower) || modifierLike(lower)
                || lower.endsWith("er") && lower.length() > 4 && (lower.startsWith("up") || lower.startsWith("low")
                || lower.startsWith("inn") || lower.startsWith("out"));
    }

    private static final Set<String> LEFT_RIGHT = Set.of("left", "right", "front", "rear", "top", "bottom", "upper",
            "lower", "inner", "outer", "inlet", "outlet", "input", "output", "male", "female", "proximal", "distal",
            "side", "end", "back", "high", "low", "hot", "cold", "positive", "negative", "primary", "secondary",
            "forward", "rearward", "lateral", "medial", "horizontal", "vertical", "long", "short", "major", "minor",
            "middle", "intermediate");

    /** A word that only modifies ("cyclic" of "the cyclic rings"), by its ending; "-ar" is left out ("gear"). */
    private static boolean modifierLike(String lower) {
        return droppable(lower) || Words.isOrdinal(lower) || lower.endsWith("al") || lower.endsWith("ic")
                || Words.ingForm(lower) || lower.endsWith("ed")
                || lower.endsWith("ive") && lower.length() > 5 || lower.endsWith("ous")
                || lower.endsWith("able") && lower.length() > 5
                || lower.endsWith("ible")
                || lower.endsWith("ful") || lower.endsWith("less");
    }

    /** How a phrase found its basis: the key (0: needs no further check), the words used, and whether only a plural. */
    private record Resolution(long key, int end, boolean pluralOnly, boolean othersOnly) {
        Resolution(long key, int end, boolean pluralOnly) {
            this(key, end, pluralOnly, false);
        }
    }

    /** The reading of words[from..] that has a basis, or null. */
    private Resolution resolve(Claim c, List<Token> tokens, int[] words, int[] ids, int from) {
        String first = tokens.get(words[from]).lower();
        // ids may hold more entries than words (hyphenated words count their parts): map word ends to id ends
        int[] idEnd = idEnds(tokens, words);
        int fromId = from == 0 ? 0 : idEnd[from - 1];
        for (int k = words.length; k > from; k--) {
            int to = idEnd[k - 1];
            if (k - from == 1 && Words.isOrdinal(first)) {
                break; // "the first" of "the first connecting component" is no reading of its own
            }
            long key = key(ids, Math.max(fromId, to - 3), to);
            boolean whole = k == words.length || Words.looksVerbal(tokens.get(words[k]).lower());
            // A shorter reading must either stop before a verb-like word, or match a phrase that was itself used
            // whole ("a passage, ..." then "said passage adjacent the chamber").
            if (whole ? known(c.number(), key) : known(c.number(), key | HEAD)) {
                return new Resolution(key, k, false);
            }
            if (k - from >= 2 && Words.isOrdinal(first)) {
                // "the first gear" after "a gear" or "two gears"; after only "gears", it names one of them but not
                // which
                long rest = key(ids, Math.max(fromId + 1, to - 3), to);
                int mask = mask(c.number(), rest);
                if ((mask & (BARE | NUMBERED)) != 0 && (mask & (NUMBERED | SINGULAR)) != 0) {
                    // "the first tube" after "one tube ... the other tube": several, none named the first
                    boolean others = whole && (mask & NUMBERED) == 0 && known(c.number(), rest | OTHER);
                    return new Resolution(others ? rest : 0, k, false, others);
                }
                if (whole && known(c.number(), rest | PLURAL)) {
                    if (ordinalListed(c, tokens, words, from, k)) {
                        return new Resolution(0, k, false); // "first, second and third gear sets ... the first gear set"
                    }
                    return new Resolution(rest, k, true);
                }
            }
            // "the adhering step" names the step of "adhering ..."
            if (k - from >= 2 && Words.singular(tokens.get(words[k - 1]).lower()).equals("step")
                    && known(c.number(), key(ids, Math.max(fromId, to - 4), to - 1))) {
                return new Resolution(0, k, false);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern ORDINAL_LIST = java.util.regex.Pattern.compile(
            "((?:\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b\\s*(?:,\\s*)?"
                    + "(?:(?:and|or|and/or)\\s+)?){2,})$");

    /**
     * "the first planetary gear set" after "first, second, third and fourth planetary gear sets": a list of ordinals
     * before a plural introduces one of each. Read from the text of the claim and the claims it depends on, since
     * a run of words keeps only one ordinal shared before "and"; only asked where the phrase would otherwise name
     * one of a plural.
     */
    private boolean ordinalListed(Claim c, List<Token> tokens, int[] words, int from, int to) {
        String ordinal = tokens.get(words[from]).lower();
        StringBuilder rest = new StringBuilder();
        for (int k = from + 1; k < to; k++) {
            String w = tokens.get(words[k]).lower();
            rest.append(k == to - 1 ? "(\\S+)" : java.util.regex.Pattern.quote(w) + "\\s+");
        }
        java.util.regex.Pattern phrase = java.util.regex.Pattern.compile("\\b" + rest + "\\b");
        String last = Words.singular(tokens.get(words[to - 1]).lower());
        for (String text : pathTexts(c)) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher m = phrase.matcher(lower);
            while (m.find()) {
                if (!Words.singular(m.group(1)).equals(last) || !Words.looksPlural(m.group(1))) {
                    continue;
                }
                java.util.regex.Matcher list = ORDINAL_LIST.matcher(lower.substring(Math.max(0, m.start() - 90),
                        m.start()));
                if (list.find() && java.util.Arrays.asList(list.group(1).split("[\\s,]+")).contains(ordinal)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each word of a phrase, the index one past its last id (a hyphenated word has several). */
    private int[] idEnds(List<Token> tokens, int[] words) {
        int[] ends = new int[words.length];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            n += idsOf(tokens.get(words[i]).lower()).length;
            ends[i] = n;
        }
        return ends;
    }

    /**
     * "the foot plate" after "a footplate", "the footplate" after "a foot plate", "the black-listed events" after
     * "blacklisted events": the same term written closed, open or hyphenated. Tried only when nothing else fits.
     */
    private boolean variantKnown(Claim c, List<Token> tokens, int[] words) {
        List<int[]> pieces = new ArrayList<>(words.length);
        for (int w : words) {
            pieces.add(idsOf(tokens.get(w).lower()));
        }
        for (int j = 0; j < words.length; j++) {
            String lower = tokens.get(words[j]).lower();
            // a hyphenated word written closed
            if (lower.indexOf('-') > 0) {
                Integer joined = vocabulary.get(Words.singular(lower.replace("-", "")));
                if (joined != null && knownWith(c, pieces, j, 1, new int[] {joined})) {
                    return true;
                }
            }
            // two words written as one
            if (j + 1 < words.length) {
                Integer joined = vocabulary.get(Words.singular(lower + tokens.get(words[j + 1]).lower()));
                if (joined != null && knownWith(c, pieces, j, 2, new int[] {joined})) {
                    return true;
                }
            }
            // one word written as two
            for (int split = 3; split <= lower.length() - 3 && lower.indexOf('-') < 0; split++) {
                Integer a = vocabulary.get(lower.substring(0, split));
                Integer b = a == null ? null : vocabulary.get(Words.singular(lower.substring(split)));
                if (b != null && knownWith(c, pieces, j, 1, new int[] {a, b})) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word this long or longer may be a slip of one letter for another word; shorter ones are other words. */
    private static final int SLIP_MIN_LENGTH = 6;
    /** A slip is written at most this often; a word written more often is meant ("fixture" beside "mixture"). */
    private static final int SLIP_MAX_USES = 2;

    /**
     * The introduced term that the first {@code count} words of a phrase with no antecedent spell differently, or
     * null: one word with one letter left out, added, changed or two swapped ("anit-cancer" for "anti-cancer",
     * "indentification", "hierarch"), when that word is rare in the claims and the term it makes is known here; or
     * one alternative of a word written with a slash ("die/dice", "buyer/buyers").
     */
    private String respelledTerm(Claim c, List<Token> tokens, int[] words, int count) {
        List<int[]> pieces = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            pieces.add(idsOf(tokens.get(words[j]).lower()));
        }
        for (int j = 0; j < count; j++) {
            String lower = tokens.get(words[j]).lower();
            String found = null;
            if (lower.indexOf('/') > 0) {
                for (String alt : lower.split("/")) {
                    if (!alt.isEmpty() && knownAs(c, pieces, j, alt)) {
                        found = alt;
                        break;
                    }
                }
            } else if (lower.length() >= SLIP_MIN_LENGTH && isWord(lower)) {
                found = slipOf(c, pieces, j, lower);
            }
            if (found != null) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < count; k++) {
                    sb.append(k == 0 ? "" : " ").append(k == j ? found : tokens.get(words[k]).text());
                }
                return sb.toString();
            }
        }
        return null;
    }

    /** A word one edit from {@code lower} that makes the phrase known, where {@code lower} is rare; or null. */
    private String slipOf(Claim c, List<int[]> pieces, int at, String lower) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            candidates.add(lower.substring(0, i) + lower.substring(i + 1)); // a letter added
            if (i + 1 < lower.length()) {
                candidates.add(lower.substring(0, i) + lower.charAt(i + 1) + lower.charAt(i) + lower.substring(i + 2));
            }
        }
        for (int i = 0; i <= lower.length(); i++) {
            for (char ch = 'a'; ch <= 'z'; ch++) {
                candidates.add(lower.substring(0, i) + ch + lower.substring(i)); // a letter left out
                if (i < lower.length() && ch != lower.charAt(i)) {
                    candidates.add(lower.substring(0, i) + ch + lower.substring(i + 1)); // a letter changed
                }
            }
        }
        for (String v : candidates) {
            if (!knownAs(c, pieces, at, v)) {
                continue;
            }
            if (lowerClaimsText == null) {
                lowerClaimsText = ctx.claims().text().toLowerCase(java.util.Locale.ROOT);
            }
            String text = lowerClaimsText;
            int uses = uses(text, lower);
            if (uses <= SLIP_MAX_USES && uses < uses(text, v)) {
                return v;
            }
        }
        return null;
    }

    /**
     * Whether the phrase is known with the word at {@code at} written as {@code word}. A word none of whose parts was
     * ever written here is not looked up further (and so adds nothing to the vocabulary).
     */
    private boolean knownAs(Claim c, List<int[]> pieces, int at, String word) {
        for (String key : WordFacts.keys(word)) {
            if (!vocabulary.containsKey(key)) {
                return false;
            }
        }
        return knownWith(c, pieces, at, 1, idsOf(word));
    }

    private static boolean isWord(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (!(ch >= 'a' && ch <= 'z') && ch != '-') {
                return false;
            }
        }
        return true;
    }

    /** How often {@code word} is written in {@code text} as a word of its own. */
    private static int uses(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || text.charAt(end) == 's' && (end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1)));
            if (startOk && endOk) {
                n++;
            }
        }
        return n;
    }

    /** Whether the phrase with {@code count} words from {@code at} replaced by {@code ids} is known. */
    private boolean knownWith(Claim c, List<int[]> pieces, int at, int count, int[] ids) {
        List<Integer> all = new ArrayList<>();
        for (int j = 0; j < pieces.size(); j++) {
            if (j == at) {
                for (int id : ids) {
                    all.add(id);
                }
            } else if (j < at || j >= at + count) {
                for (int id : pieces.get(j)) {
                    all.add(id);
                }
            }
        }
        int[] arr = all.stream().mapToInt(Integer::intValue).toArray();
        return known(c.number(), key(arr, Math.max(0, arr.length - 3), arr.length));
    }

    /** Whether "and"/"or" and a word other than a determiner follow: "said pressure and suction sidewalls". */
    private static boolean modifiersCoordinated(List<Token> tokens, int i) {
        return coordinated(tokens, i) && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && !tokens.get(i + 1).boundary();
    }

    /** Whether "and"/"or" follows: "the positive or negative ...", "the inner and outer walls". */
    private static boolean coordinated(List<Token> tokens, int i) {
        return i < tokens.size() && (tokens.get(i).is("and") || tokens.get(i).is("or")
                || tokens.get(i).is("and/or"));
    }

    /**
     * A comma and another lone modifier after it: "the right, the left, and the rear parts", "the upper, middle and
     * lower shelves": the noun they share comes after the last one.
     */
    private static boolean commaBeforeModifier(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isPunct(',')) {
            return false;
        }
        int j = i + 1;
        boolean last = j < tokens.size() && (tokens.get(j).is("and") || tokens.get(j).is("or"));
        if (last) {
            j++; // ", and the rear parts": the last modifier, its noun after it
        }
        if (j < tokens.size() && (tokens.get(j).is("the") || tokens.get(j).is("said"))) {
            j++;
        }
        return j + 1 < tokens.size() && tokens.get(j).isWord() && modifierOnly(tokens.get(j).lower())
                && (tokens.get(j + 1).isPunct(',') || tokens.get(j + 1).is("and") || tokens.get(j + 1).is("or")
                || last && tokens.get(j + 1).isWord() && !tokens.get(j + 1).boundary());
    }

    /** "inner" in "the inner and outer walls", "first" in "the first and second arms". */
    private static boolean allModifierOnly(List<Token> tokens, int[] words) {
        for (int w : words) {
            String lower = tokens.get(w).lower();
            if (!modifierOnly(lower) && !Words.looksAdjectival(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Only adjectives, participles or non-restrictive words (or nothing): "the trained", "the acquired". */
    private boolean onlyModifiers(List<Token> tokens, int[] words) {
        for (int w : words) {
            if (!word(tokens.get(w).lower()).modifier()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index after "at least one", "at least two", "one or more", "two or more", "plurality of" at {@code i}, or
     * -1.
     */
    private static int quantifierEnd(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i).is("plurality") && tokens.get(i + 1).is("of")) {
            return i + 2;
        }
        if (i + 2 < tokens.size() && tokens.get(i).is("at") && tokens.get(i + 1).is("least")
                && (tokens.get(i + 2).isNumber() || NUMBER_WORDS.contains(tokens.get(i + 2).lower()))) {
            return i + 3;
        }
        if (i + 2 < tokens.size() && (tokens.get(i).is("one") || tokens.get(i).is("two"))
                && tokens.get(i + 1).is("or") && tokens.get(i + 2).is("more")) {
            return i + 3;
        }
        return -1;
    }

    /** How many of the phrase's words are capitalized mid-sentence ("the Ethernet"), 0 for "The" at a start. */
    private static int capitalizedWords(List<Token> tokens, int det, int[] words) {
        if (!Character.isLowerCase(tokens.get(det).text().charAt(0))) {
            return 0; // "The Lever of claim 1": a sentence start, where capitals say nothing
        }
        int n = 0;
        for (int w : words) {
            String raw = tokens.get(w).text();
            if (Character.isUpperCase(raw.charAt(0)) && !acronym(raw)) {
                n++;
            } else {
                return 0; // "the GPS receiver", "the Hall sensor": an ordinary element
            }
        }
        return n;
    }

    /**
     * Whether "and"/"or" at {@code and} joins a verb with its object ("receive the signal and produce a visible
     * indication"): one word, then a determiner. The phrase before it is then whole ("signal" is no adjective).
     */
    private static boolean verbAfter(List<Token> tokens, int and) {
        if (and + 2 >= tokens.size() || !(tokens.get(and).is("and") || tokens.get(and).is("or"))) {
            return false;
        }
        Token det = tokens.get(and + 2);
        return tokens.get(and + 1).isWord() && !tokens.get(and + 1).boundary()
                && (det.is("a") || det.is("an") || det.is("the") || det.is("said"));
    }

    /** Whether "the" is in an independent claim's preamble, after "for"/"of"/"to" (what the claimed thing is for). */
    private static boolean inPurposePhrase(Claim c, List<Token> tokens, int det) {
        if (!c.isIndependent() || c.transition() == Transition.NONE
                || c.start() + tokens.get(det).start() >= c.preamble().end()) {
            return false;
        }
        for (int i = det - 1; i >= 0 && tokens.get(i).start() >= c.contentStart() - c.start(); i--) {
            Token t = tokens.get(i);
            if (t.is("for") || t.is("of") || t.is("to") || t.is("in")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the proximal and distal bifurcated housings" with no housing introduced: the words before "and" only modify
     * the noun after it, so that noun is checked. Only a noun never introduced at all is reported.
     */
    private void checkCoordinatedHead(Claim c, List<Token> tokens, int det, int[] words, int and) {
        int[] second = NounPhrases.after(tokens, and + 1, new int[1]);
        if (second.length == 0 || onlyModifiers(tokens, second)) {
            return;
        }
        if (Words.looksVerbal(tokens.get(second[0]).lower())) {
            return; // "the signal and performs": a verb follows, not a modifier's noun
        }
        second = java.util.Arrays.copyOf(second, shortestReading(tokens, second));
        // Where the phrase ends is a guess ("the first and second PCDs fail"): only when none of its words was
        // ever introduced is its noun surely new.
        for (int w : second) {
            String lower = Words.singular(tokens.get(w).lower());
            int[] ids = idsOf(lower);
            if (exempt.contains(lower) || properties.contains(lower)
                    || known(c.number(), key(ids, ids.length - 1, ids.length))) {
                return;
            }
        }
        if (partOf(tokens, second[second.length - 1] + 1)) {
            return;
        }
        int[] all = new int[words.length + 1 + second.length];
        System.arraycopy(words, 0, all, 0, words.length);
        all[words.length] = and;
        System.arraycopy(second, 0, all, words.length + 1, second.length);
        report(c, tokens, det, all, all.length, Severity.ERROR, Confidence.LIKELY, "");
    }

    /**
     * "2. The Gearless portal Axle Assembly consists of ...": a claim that opens as a dependent claim does, naming
     * an earlier claim's subject, but refers to no claim. Its reference was probably lost; a possible finding.
     */
    private void checkUnreferencedOpening(Claim c, List<Token> tokens, int det, int[] words) {
        for (Claim earlier : ctx.claims().claims()) {
            if (earlier.number() >= c.number()) {
                break;
            }
            if (earlier.isIndependent() && !earlier.isCanceled() && inPreamble(earlier.number(), tokens, words)) {
                report(c, tokens, det, words, words.length, Severity.WARNING, Confidence.POSSIBLE,
                        "; it reads as a reference to claim " + earlier.number() + ", but claim " + c.number()
                                + " refers to no claim: say which claim it depends on, or write 'A ...'");
                return;
            }
        }
    }

    /**
     * Whether the phrase ends on the head noun of the claimed subject ("the cooker" in a claim to "An expandable
     * vertical food cooker, comprising ... a cooker base"): it names the claimed thing, not one of the other things
     * that share the word. "A gear train" has the head "train", so "the gear" is still checked.
     */
    private boolean namesSubjectHead(Claim c, List<Token> tokens, int[] words) {
        String last = Words.singular(tokens.get(words[words.length - 1]).lower());
        if (!subjectHeadsOfAllClaims().contains(last)) {
            return false; // most phrases: no claim's subject ends on this word, so no dependency walk is needed
        }
        List<Integer> roots = c.isIndependent() ? List.of(c.number()) : ctx.tree().independentClaimsOf(c.number());
        if (roots.isEmpty()) {
            return false;
        }
        for (int root : roots) {
            if (!last.equals(subjectHeads.computeIfAbsent(root, this::subjectHead))) {
                return false;
            }
        }
        return true;
    }

    /** The subject heads of every independent claim, worked out once per analysis. */
    private Set<String> subjectHeadsOfAllClaims() {
        if (allSubjectHeads == null) {
            allSubjectHeads = new HashSet<>();
            for (Claim k : ctx.claims().claims()) {
                if (k.isIndependent()) {
                    allSubjectHeads.add(subjectHeads.computeIfAbsent(k.number(), this::subjectHead));
                }
            }
        }
        return allSubjectHeads;
    }

    /** The last word of an independent claim's subject: its preamble up to a comma or a word that ends the name. */
    private String subjectHead(int number) {
        Claim r = ctx.tree().claim(number);
        String preamble = r.analysisSlice(r.preamble().start(), r.preamble().end()).toLowerCase(java.util.Locale.ROOT);
        String[] words = preamble.split("[^\\p{L}\\p{N}-]+");
        String head = "";
        for (String w : words) {
            if (w.isEmpty() || w.equals("a") || w.equals("an") || w.equals("the") || w.equals("one")) {
                continue;
            }
            if (SUBJECT_ENDS.contains(w) || Words.ingForm(w) && !head.isEmpty()) {
                break;
            }
            head = w;
        }
        return Words.singular(head);
    }

    /** Words after which a claim's preamble no longer names its subject ("A cooker for ...", "A lamp comprising"). */
    private static final Set<String> SUBJECT_ENDS = Set.of("for", "of", "to", "in", "on", "with", "which", "that",
            "wherein", "whereby", "comprising", "including", "having", "consisting", "according", "as", "by", "and",
            "or", "adapted", "configured", "used", "usable", "capable", "characterized", "characterised");

    /** Whether every word of a dependent claim's opening "The X" is in its independent claim's preamble. */
    private boolean namesSubject(Claim c, List<Token> tokens, int[] words) {
        List<Integer> roots = ctx.tree().independentClaimsOf(c.number());
        if (roots.isEmpty()) {
            return false;
        }
        for (int root : roots) {
            if (!inPreamble(root, tokens, words)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word of the phrase is in the preamble of claim {@code number}. */
    private boolean inPreamble(int number, List<Token> tokens, int[] words) {
        String preamble = preambles.computeIfAbsent(number, n -> {
            Claim r = ctx.tree().claim(n);
            return " " + r.analysisSlice(r.preamble().start(), r.preamble().end()).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
        });
        for (int w : words) {
            String word = tokens.get(w).lower();
            if (!preamble.contains(" " + word + " ") && !preamble.contains(" " + Words.singular(word) + " ")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NON_RESTRICTIVE = Set.copyOf(List.of("corresponding", "respective", "several",
            "particular", "last", "multiple", "various", "given", "individual", "entire", "whole", "remaining",
            "associated", "selected", "current", "previous", "next", "aforementioned", "aforesaid", "above-mentioned",
            "mentioned", "overall", "total", "complete", "full", "said", "plural", "two", "three", "four", "five", "six",
            "both", "specific", "specified", "resulting", "resultant", "existing", "remaining", "preceding",
            "following", "underlying", "surrounding", "different", "available", "adjoining", "adjacent", "neighboring", "neighbouring",
            "opposing", "facing", "mating", "operating"));

    /** Nouns of what may be done, before "to" and a verb: "the right to declare", "the ability to rotate". */
    private static final Set<String> ABILITIES = Set.of("right", "ability", "option", "opportunity", "capability",
            "chance", "freedom", "permission", "authority", "obligation");
    /** Nouns that a name before them makes one known thing: "the Fischer-Tropsch reaction", "the Hall effect". */
    private static final Set<String> NAMED_KINDS = Set.of("reaction", "effect", "process", "method", "principle", "law",
            "equation", "scale", "test", "number", "index", "cycle", "synthesis", "distribution", "transform",
            "algorithm", "protocol", "standard", "formula", "rule", "theorem", "criterion", "model", "coefficient");

    /**
     * A plant patent's one claim ("A new and distinct variety of Coleus plant as herein shown and described", "A new,
     * distinct Sedum telephium plant as shown and described,
     * characterized by ... the foliage"): like a design claim, it names one plant, and every part it describes is
     * that plant's.
     */
    private static final java.util.regex.Pattern PLANT_CLAIM = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:\\d+\\s*[.)]\\s*)?(?:i claim:?\\s*)?an?\\s+new(?:\\s*,|\\s+and)\\s+distinct\\s+"
                    + "(?:[\\w'\u2019-]+\\s+){0,4}(?:variety|cultivar|plant|selection|clone)");

    /** Words that name the product of a step: "the resultant polymer", "the resulting mixture". */
    private static final Set<String> RESULT_WORDS = Set.of("resultant", "resulting", "obtained", "thus-obtained",
            "thus-formed", "thus-generated", "thus-produced");
    /**
     * Comparatives of adjectives that pick one of several things ("the longer pair of bars", "the heavier fly ash"),
     * where the phrase found ends on the comparative. Not every word in -er: "the controller" is a noun.
     */
    private static final Set<String> COMPARATIVES = Set.of("heavier", "lighter", "longer", "shorter", "larger",
            "smaller", "wider", "narrower", "thicker", "thinner", "greater", "lesser", "bigger", "deeper", "shallower",
            "higher", "taller", "faster", "slower", "stronger", "weaker", "softer", "harder", "denser", "finer",
            "coarser", "hotter", "colder", "warmer", "cooler", "closer", "nearer", "farther", "earlier", "later",
            "newer", "older", "brighter", "darker", "steeper", "flatter", "smoother", "rougher");

    /** Exempt words alone ("the ground", "the vertical") that name the kind of an element before a noun. */
    private static final Set<String> ELEMENT_KINDS = Set.of("ground", "vertical", "horizontal");

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve", "dual", "twin", "single");

    private static final Set<String> COLLECTIVES = Set.of("pair", "pairs", "set", "sets", "series", "group",
            "groups", "number", "plurality");

    static boolean droppable(String lower) {
        if (NON_RESTRICTIVE.contains(lower)) {
            return true;
        }
        if (lower.endsWith("ly") && lower.length() > 4) {
            return true; // "the immediately preceding milking"
        }
        if (DROPPABLE_PARTICIPLES.contains(lower)) {
            return true; // "said sent instructions", as "said received instructions"
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

    private static int capitals(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            n += Character.isUpperCase(raw.charAt(i)) ? 1 : 0;
        }
        return Math.max(1, n);
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
        return word(lower).stem();
    }

    /**
     * Whether the first {@code k} words of the phrase are an earlier run's words with some left out ("the isosorbide
     * glyceryl derivative" after "an isosorbide glyceryl ether derivative"): each word follows the one before it in a
     * run of this claim or of a claim above it, and the last one was introduced.
     */
    private boolean shortenedReference(Claim c, List<Token> tokens, int[] words, int k) {
        java.util.Set<Integer> scope = new java.util.HashSet<>(ctx.tree().ancestors(c.number()));
        scope.add(c.number());
        for (int j = 1; j < k; j++) {
            int[] a = idsOf(tokens.get(words[j - 1]).lower());
            int[] b = idsOf(tokens.get(words[j]).lower());
            long pair = ((long) a[a.length - 1] << 20) | b[0];
            boolean found = false;
            for (int n : scope) {
                LongSet g = gappedPairs.get(n);
                if (g != null && g.contains(pair)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "facemost", "backmost", "distalmost": a superlative in -most, which picks out the one it describes. */
    private static boolean superlativeInMost(String lower) {
        return lower.length() > 6 && lower.endsWith("most") && !lower.equals("utmost");
    }

    /** Abstract nouns (acts, states, qualities) of which "-ion" words that name a thing or a place are not. */
    private static final Set<String> CONCRETE_ION = Set.of("portion", "section", "region", "position", "location",
            "junction", "station", "connection", "partition", "projection", "extension", "protrusion", "depression",
            "suspension", "emulsion", "dispersion", "solution", "cushion", "collision", "television", "ration",
            "subsection", "intersection", "formation", "composition", "application", "combination", "construction",
            "configuration", "information", "instruction", "population", "fraction", "function", "transmission",
            "mansion", "lesion", "incision", "perforation", "indentation", "notification", "publication",
            "inscription", "prescription", "specification", "description", "illustration", "installation", "ion",
            "union", "lion", "onion", "bastion", "pavilion", "champion", "opinion");

    /**
     * "the transition", "the ability", "the integrity": an act, state or quality, which a claim implies more often
     * than it names a thing to introduce. Words in "-ity"/"-ness" and the act nouns in "-tion"/"-sion" that do not
     * name a thing or a place.
     */
    static boolean abstractNoun(String lower) {
        if (lower.length() <= 5) {
            return false;
        }
        if (lower.endsWith("ity") || lower.endsWith("ness") || lower.equals("choice") || lower.equals("decision")) {
            return true;
        }
        return (lower.endsWith("tion") || lower.endsWith("sion")) && !CONCRETE_ION.contains(lower);
    }

    /** Whether the first {@code count} words of the phrase are all words that may be dropped ("the overall"). */
    private static boolean onlyDroppableBefore(List<Token> tokens, int[] words, int count) {
        for (int k = 0; k < count; k++) {
            if (!droppable(tokens.get(words[k]).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A chemical name, a sequence or a peptide right after a term, which names it: "(E)-7-[4-...", "5'-TCTG...". */
    private static final java.util.regex.Pattern FORMULA_AFTER = java.util.regex.Pattern.compile(
            "^\\s*(?:\\(\\s*[EZRS\u00b1+-]\\s*\\)-|\\d+['\u2032]?-[A-Z]|[A-Z][a-z]{2}-[A-Z][a-z]{2}-|"
                    + "(?:(?:as\\s+)?(?:set\\s+forth|shown|depicted|given|represented|defined|listed|disclosed|"
                    + "identified|described|presented|designated)\\s+(?:in|by|as)\\s+|of\\s+|in\\s+|"
                    + "according\\s+to\\s+|having\\s+|with\\s+|comprising\\s+)?\\(?SEQ\\.?\\s*ID)");
    private static final java.util.regex.Pattern PEPTIDE = java.util.regex.Pattern.compile(
            "(?:[A-Z][a-z]{2}-){2,}[A-Z][a-z]{2}");

    /**
     * "the HMG-CoA reductase inhibitor (E)-7-[4-(4-fluorophenyl)...", "having the structure 5'-TCTGTC...", "the
     * compound Arg-Pro-Pro-Ala-Phe": the formula or sequence that follows (or ends) the term says exactly what it is.
     */
    private static boolean namedByFormula(Claim c, Token last) {
        if (PEPTIDE.matcher(last.text()).matches()) {
            return true;
        }
        String text = c.text();
        int from = last.end();
        return from < text.length() && FORMULA_AFTER.matcher(text.substring(from, Math.min(text.length(), from + 48)))
                .find();
    }

    /** Parts of a structural formula that a formula claim names without introducing them. */
    private static final Set<String> FORMULA_PARTS = Set.of("substituent", "radical", "variable", "symbol", "moiety",
            "bond", "ring", "residue", "index", "indice", "indices");
    private static final Set<String> DRAWN_LINES = Set.of("dashed", "dotted", "broken", "wavy", "bold", "hatched");

    /**
     * "A compound of the formula I in which the substituents have the following meaning", "the dashed line is a
     * double bond": the formula drawn in the claim holds them.
     */
    private boolean formulaPart(Claim c, List<Token> tokens, int[] words, int count) {
        String last = Words.singular(tokens.get(words[count - 1]).lower());
        boolean part = FORMULA_PARTS.contains(last) || last.equals("line") && count >= 2
                && DRAWN_LINES.contains(tokens.get(words[count - 2]).lower());
        if (!part) {
            return false;
        }
        return pathTexts(c).stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("formula"));
    }

    /**
     * The texts of a claim and of the claims it rests on, for the few checks that read words the walk does not keep
     * (a reference sign, a list of ordinals, a formula); asked only on the way to a report.
     */
    private List<String> pathTexts(Claim c) {
        List<String> texts = new ArrayList<>();
        texts.add(c.analysisText());
        for (int a : ctx.tree().ancestors(c.number())) {
            ctx.claims().get(a).ifPresent(p -> texts.add(p.analysisText()));
        }
        return texts;
    }

    /**
     * "the transmission means (8)" after "means (8) for transmitting": the reference sign after the phrase was
     * written earlier, in this claim or a claim it depends on, so it says which element is meant; the name differs.
     */
    private boolean signNamedBefore(Claim c, List<Token> tokens, int det, int after) {
        if (after >= tokens.size() || !tokens.get(after).isPunct('(')) { // the phrase found runs over its sign
            return false;
        }
        int close = NounPhrases.skipReferenceSign(tokens, after);
        if (close < 0) {
            return false;
        }
        String text = c.analysisText();
        // "(140, 134)", "(1; 101)": the first sign names it
        String sign = text.substring(tokens.get(after + 1).start(), tokens.get(close - 1).end()).split("[,;]")[0].trim();
        if (!sign.matches("\\d+[a-z']?|[A-Z]\\d?")) {
            return false; // "(a)", "(ii)": lower-case letters number steps and list items
        }
        java.util.regex.Pattern written = java.util.regex.Pattern.compile("\\(\\s*" + java.util.regex.Pattern.quote(sign)
                + "\\s*[,)]");
        java.util.regex.Matcher m = written.matcher(text);
        if (m.find() && m.start() < tokens.get(det).start()) {
            return true;
        }
        List<String> path = pathTexts(c);
        return path.subList(1, path.size()).stream().anyMatch(t -> written.matcher(t).find());
    }

    /**
     * "the audio and video data", "the video, audio and associated data": the phrase found is a modifier joined to
     * others before the noun they share, and that noun was introduced. Only the shared noun's basis is known.
     */
    private boolean coordinatedHeadKnown(Claim c, List<Token> tokens, int[] words, int count, int after) {
        if (count != words.length || after >= tokens.size()
                || !(tokens.get(after).is("and") || tokens.get(after).is("or") || tokens.get(after).isPunct(','))) {
            return false;
        }
        int k = after;
        int last = -1;
        for (int steps = 0; k < tokens.size() && steps < 10; steps++, k++) {
            Token t = tokens.get(k);
            if (t.is("and") || t.is("or") || t.isPunct(',')) {
                last = k;
                continue;
            }
            if (!t.isWord() || t.is("the") || t.is("said") || t.is("a") || t.is("an")) {
                break; // "the lid and the cup": two phrases, each checked on its own
            }
            if (t.boundary()) {
                break;
            }
        }
        if (last < 0 || last == tokens.size() - 1 || tokens.get(last).isPunct(',')) {
            return false;
        }
        int[] next = new int[1];
        int[] shared = NounPhrases.after(tokens, last + 1, next);
        if (shared.length < 2) {
            return false; // "the housing and cover": a second noun, not a modifier and its noun
        }
        String noun = tokens.get(shared[shared.length - 1]).lower();
        int[] nounIds = idsOf(noun);
        long head = key(nounIds, nounIds.length - 1, nounIds.length);
        return known(c.number(), head) || known(c.number(), head | HEAD);
    }

    /** A symbol a term ends on, which names it: "the tension T", "the central metal M", "the depth d1", "Rv". */
    private static boolean symbol(String raw) {
        return raw.length() <= 3 && raw.matches("[A-Z][a-z]?[0-9]?|[a-z][0-9]{1,2}|[A-Z][0-9]{1,2}");
    }

    private static boolean nominalization(String lower) {
        return lower.endsWith("tion") || lower.endsWith("sion") || lower.endsWith("ment") || lower.endsWith("ance")
                || lower.endsWith("ison") // "the comparison" after "comparing"
                || lower.endsWith("ence") || lower.endsWith("ure") || lower.endsWith("ing") || lower.endsWith("age")
                || lower.endsWith("al") || lower.endsWith("ions") || lower.endsWith("ments") || lower.endsWith("ings");
    }

    /**
     * "the gear" after "a first gear" and "a second gear", or "the opening" after "a drinking opening" and "a vent
     * opening": the reader cannot tell which is meant. True when reported.
     */
    private boolean checkAmbiguous(Claim c, List<Token> tokens, int det, int[] words, int[] ids, long key) {
        int k = ids.length;
        while (k > 0 && key(ids, Math.max(0, k - 3), k) != key) {
            k--;
        }
        if (k == 0 || k > 3) {
            return false; // a phrase longer than a key ("the low side power transistor") says more than the key
        }
        int mask = mask(c.number(), key);
        if ((mask & (BARE | NUMBERED)) != 0 || Integer.bitCount(mask & KINDS) < 2) {
            return false;
        }
        int wordsUsed = 0;
        int[] idEnd = idEnds(tokens, words);
        while (wordsUsed < words.length && idEnd[wordsUsed] < k) {
            wordsUsed++;
        }
        wordsUsed = Math.min(words.length, wordsUsed + 1);
        String phrase = phrase(tokens, words, wordsUsed);
        List<String> kinds = new ArrayList<>();
        boolean ordinalsOnly = (mask & KINDS & ~ORDINAL_BITS) == 0;
        if (ordinalsOnly) {
            for (int b = 1; b < MODIFIER_BASE; b++) {
                if ((mask & (1 << b)) != 0) {
                    kinds.add("'" + ordinalName(b) + " " + phrase + "'");
                }
            }
        } else {
            for (String kind : kindsIntroduced(c, det, java.util.Arrays.copyOfRange(ids, Math.max(0, k - 3), k))) {
                kinds.add("'" + kind + "'");
            }
            if (kinds.size() < 2) {
                kinds.add("another '" + phrase + "'");
            }
        }
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[wordsUsed - 1]).end();
        String message = "'" + c.slice(s, e) + "' in claim " + c.number() + " is ambiguous: "
                + String.join(" and ", kinds) + " were introduced; say which one is meant";
        if (saysWhichAfter(tokens, words[words.length - 1] + 1)) {
            // "the data representing the position of the workhead", "the frame (41)": what follows may say which one
            issues.add(new Issue(Kind.AMBIGUOUS, c, s, e, normalized(tokens, words, wordsUsed), message
                    + ", unless what follows it does", Severity.WARNING, Confidence.POSSIBLE));
            return true;
        }
        issues.add(new Issue(Kind.AMBIGUOUS, c, s, e, normalized(tokens, words, wordsUsed), message, Severity.ERROR,
                ordinalsOnly ? Confidence.CERTAIN : Confidence.LIKELY));
        return true;
    }

    /**
     * Whether the words at {@code i} restrict the phrase before them: a participle ("representing the position",
     * "obtained as the result"), a relative "that"/"which", or a reference numeral in parentheses ("the frame (41)").
     */
    private static boolean saysWhichAfter(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        if (t.is("(") && i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).text().charAt(0))) {
            return true;
        }
        String w = t.lower();
        return t.isWord() && (w.equals("that") || w.equals("which") || w.length() > 4 && (w.endsWith("ing")
                || w.endsWith("ed")) || IRREGULAR_PARTICIPLES.contains(w));
    }

    /** The different "X key" phrases written before this point in the claim and the claims it depends on. */
    private List<String> kindsIntroduced(Claim c, int det, int[] keyIds) {
        Set<String> kinds = new LinkedHashSet<>();
        List<Integer> chain = new ArrayList<>(ctx.tree().nearestAncestors(c.number(), LISTED_ANCESTORS));
        java.util.Collections.reverse(chain);
        chain.add(c.number());
        for (int n : chain) {
            Claim claim = ctx.tree().claim(n);
            if (claim == null) {
                continue;
            }
            List<Token> tokens = ctx.tokens(claim);
            int limit = n == c.number() ? det : tokens.size();
            for (int i = 1; i + keyIds.length <= limit && kinds.size() < 4; i++) {
                Token before = tokens.get(i - 1);
                if (!before.isWord() || before.boundary() || !startsKey(tokens, i, keyIds)) {
                    continue;
                }
                StringBuilder kind = new StringBuilder(before.lower());
                for (int j = 0; j < keyIds.length && i + j < limit; j++) {
                    kind.append(' ').append(tokens.get(i + j).lower());
                }
                kinds.add(kind.toString());
            }
        }
        return new ArrayList<>(kinds);
    }

    /** Whether the words from token {@code i} are the key's words (one id per word). */
    private boolean startsKey(List<Token> tokens, int i, int[] keyIds) {
        for (int j = 0; j < keyIds.length; j++) {
            Token t = tokens.get(i + j);
            int[] parts = t.isWord() ? idsOf(t.lower()) : null;
            if (parts == null || parts.length != 1 || parts[0] != keyIds[j]) {
                return false;
            }
        }
        return true;
    }

    /** "said working block" after only "at least two working blocks": which one is meant? */
    private void checkSingular(Claim c, List<Token> tokens, int det, int[] words, int[] ids, Resolution r) {
        if (!known(c.number(), r.key() | PLURAL) || (mask(c.number(), r.key()) & SINGULAR) != 0) {
            return;
        }
        if (words.length >= 2 && Words.isOrdinal(tokens.get(words[0]).lower())
                && ordinalListed(c, tokens, words, 0, words.length)) {
            return; // "the first planetary gear set" after "first, second and third planetary gear sets"
        }
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[words.length - 1]).end();
        String phrase = phrase(tokens, words, words.length);
        issues.add(new Issue(Kind.MISSING, c, s, e, normalized(tokens, words, words.length), "'" + c.slice(s, e)
                + "' in claim " + c.number() + " names one '" + phrase + "', but only several were introduced"
                + " before (a plural, or one for each of several things); say which one is meant ('one of the ...',"
                + " 'a first ...') or introduce a single one",
                Severity.WARNING, Confidence.LIKELY));
    }

    /** "the first tube" after "one tube ... the other tube": there are several, and none was named the first. */
    private void reportOrdinalOfOthers(Claim c, List<Token> tokens, int det, int[] words, Resolution r) {
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[r.end() - 1]).end();
        String phrase = phrase(tokens, words, r.end());
        issues.add(new Issue(Kind.MISSING, c, s, e, normalized(tokens, words, r.end()), "'" + c.slice(s, e)
                + "' in claim " + c.number() + " has no antecedent: several were introduced as one and another (or"
                + " the other), none as 'a " + phrase + "'; name them the same way throughout", Severity.WARNING,
                Confidence.POSSIBLE));
    }

    /**
     * "the user" after "to recommend to a user" and "performed by a user": two were introduced, and the reader cannot
     * tell which is meant. A possible finding (the second "a user" is often the same user, carelessly written). True
     * when reported.
     */
    private boolean checkIntroducedTwice(Claim c, List<Token> tokens, int det, int[] words, int[] ids, long key) {
        if (ids.length > 3 || key(ids, 0, ids.length) != key || !known(c.number(), key | TWICE)) {
            return false;
        }
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[words.length - 1]).end();
        String phrase = phrase(tokens, words, words.length);
        issues.add(new Issue(Kind.AMBIGUOUS, c, s, e, normalized(tokens, words, words.length), "'" + c.slice(s, e)
                + "' in claim " + c.number() + " may be ambiguous: '" + (startsWithVowel(phrase) ? "an " : "a ")
                + phrase + "' was introduced twice before it; if they are one, write 'the " + phrase
                + "' the second time", Severity.WARNING, Confidence.POSSIBLE));
        return true;
    }

    /**
     * "said free ends" after only "a free end": several are named where one was introduced. Not when several kinds
     * were ("a first end and a second end ... the ends") or a number or "each" introduced them.
     */
    private void checkPlural(Claim c, List<Token> tokens, int det, int[] words, Resolution r) {
        int mask = mask(c.number(), r.key());
        if (known(c.number(), r.key() | PLURAL) || (mask & SINGULAR) == 0 || (mask & NUMBERED) != 0
                || Integer.bitCount(mask & KINDS) >= 1) {
            return;
        }
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[r.end() - 1]).end();
        String plural = phrase(tokens, words, r.end());
        issues.add(new Issue(Kind.MISSING, c, s, e, normalized(tokens, words, r.end()), "'" + c.slice(s, e)
                + "' in claim " + c.number() + " names several '" + plural + "', but only one was introduced before;"
                + " introduce them as several, or name the one", Severity.WARNING, Confidence.POSSIBLE));
    }

    /** "the first node" after only "neighbor nodes": one of them, but none was introduced as the first. */
    private void reportPluralOnly(Claim c, List<Token> tokens, int det, int[] words, Resolution r) {
        int s = c.start() + tokens.get(det).start();
        int e = c.start() + tokens.get(words[r.end() - 1]).end();
        String phrase = phrase(tokens, words, r.end());
        issues.add(new Issue(Kind.MISSING, c, s, e, normalized(tokens, words, r.end()), "'" + c.slice(s, e)
                + "' in claim " + c.number() + " names one of several things introduced only in the plural; no 'a "
                + phrase + "' was introduced before: introduce it ('a " + phrase + " of the ...')",
                Severity.WARNING, Confidence.LIKELY));
    }

    /** "the BPF" without "a band-pass filter (BPF)" before it: an error if it is introduced elsewhere. */
    private void reportAbbreviation(Claim c, List<Token> tokens, int det, int[] words) {
        String lower = tokens.get(words[0]).lower();
        Integer elsewhere = abbreviationsUsed().get(Words.singular(lower));
        if (elsewhere != null && elsewhere != c.number() && !ctx.tree().ancestors(c.number()).contains(elsewhere)) {
            int s = c.start() + tokens.get(det).start();
            int e = c.start() + tokens.get(words[0]).end();
            issues.add(new Issue(Kind.MISSING, c, s, e, Words.singular(lower), "'" + c.slice(s, e) + "' in claim "
                    + c.number() + " has no antecedent: '" + tokens.get(words[0]).text() + "' is introduced in claim "
                    + elsewhere + ", which claim " + c.number() + " does not depend on", Severity.ERROR,
                    Confidence.LIKELY));
        } else if (elsewhere == null) {
            report(c, tokens, det, words, 1, Severity.WARNING, Confidence.POSSIBLE,
                    "; the abbreviation is not introduced anywhere in the claims: introduce it, e.g. 'a ... ("
                            + tokens.get(words[0]).text() + ")', unless it is the name of one known thing");
        } else {
            report(c, tokens, det, words, 1, Severity.ERROR, Confidence.LIKELY, "");
        }
    }

    private Map<String, Integer> abbreviationsUsed() {
        if (abbreviationsUsed == null) {
            abbreviationsUsed = new HashMap<>();
            for (Claim c : ctx.claims().claims()) {
                List<Token> tokens = ctx.tokens(c);
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.isWord() && acronym(t.text()) && !(i > 0 && (tokens.get(i - 1).is("the")
                            || tokens.get(i - 1).is("said")))) {
                        abbreviationsUsed.putIfAbsent(Words.singular(t.lower()), c.number());
                    }
                }
            }
        }
        return abbreviationsUsed;
    }

    private void report(Claim c, List<Token> tokens, int det, int[] words, int k, Severity severity,
                        Confidence confidence, String note) {
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
            int[] ids = ids(tokens, java.util.Arrays.copyOf(words, k));
            long key = key(ids, Math.max(0, ids.length - 3), ids.length);
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
        if (openingLostAbove.contains(c.number()) && severity == Severity.ERROR) {
            // "1. a radially inner portion ...": the lost words may have introduced it
            severity = Severity.WARNING;
            confidence = Confidence.POSSIBLE;
            note += "; claim " + lostOpening(c) + " begins in mid-sentence, and its missing opening words may"
                    + " introduce it";
        }
        issues.add(new Issue(Kind.MISSING, c, s, e, normalized(tokens, words, k),
                "'" + c.slice(s, e) + "' in claim " + c.number() + " has no antecedent: " + where + note,
                severity, confidence));
    }

    /**
     * Whether a claim begins in mid-sentence ("1. a radially inner portion ..."), as claims scraped without their
     * opening words do: the parser decides ({@link io.patentdesk.analyzer.InputQuality#claimsWithoutOpening()}).
     */
    private boolean openingLost(Claim c) {
        return cutOff.contains(c.number());
    }

    /** The claim on this claim's chain that lost its opening words (itself or the nearest above it). */
    private int lostOpening(Claim c) {
        if (openingLost(c)) {
            return c.number();
        }
        return ctx.tree().firstAncestor(c.number(), n -> ctx.tree().claim(n) != null
                && openingLost(ctx.tree().claim(n)), openingLostAbove::contains).orElse(c.number());
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

    /** Marks of a key in this claim and every claim above it. */
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

    /** The id of a word by its singular. */
    private int vocabId(String lower) {
        return keyId(Words.singular(lower));
    }

    /** The id of a vocabulary key (a singular form). */
    private int keyId(String key) {
        Integer id = vocabulary.get(key);
        if (id == null) {
            id = vocabulary.size() + 1;
            vocabulary.put(key, id);
        }
        return id;
    }

    /** A written word as this analysis keys it: its facts, its ids in this analysis's vocabulary and stem key. */
    private record Word(WordFacts facts, int[] ids, long stem) {
        int ordinal() {
            return facts.ordinal();
        }

        boolean plural() {
            return facts.plural();
        }

        int kind() {
            return facts.kind();
        }

        int kindAfterArticle() {
            return facts.kindAfterArticle();
        }

        boolean gerund() {
            return facts.gerund();
        }

        boolean verbLike() {
            return facts.verbLike();
        }

        boolean noun() {
            return facts.noun();
        }

        boolean modifier() {
            return facts.modifier();
        }
    }

    private Word word(String lower) {
        Word w = wordInfo.get(lower);
        if (w == null) {
            WordFacts f = WordFacts.of(lower);
            int[] ids = new int[f.keys().length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = keyId(f.keys()[i]);
            }
            w = new Word(f, ids, f.stem() == null ? -2 : STEM | keyId(f.stem()));
            wordInfo.put(lower, w);
        }
        return w;
    }

    /** The ids a written word stands for (see {@link WordFacts#keys()}). */
    private int[] idsOf(String lower) {
        return word(lower).ids();
    }

    private int[] ids(List<Token> tokens, int[] words) {
        if (words.length == 1) {
            return idsOf(tokens.get(words[0]).lower());
        }
        int n = 0;
        int[][] parts = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            parts[i] = idsOf(tokens.get(words[i]).lower());
            n += parts[i].length;
        }
        int[] ids = new int[n];
        int k = 0;
        for (int[] p : parts) {
            for (int id : p) {
                ids[k++] = id;
            }
        }
        return ids;
    }

    /**
     * The mark a word gives the word after it when it can tell one thing from another ("vent" in "vent opening"):
     * a bit picked by its letters; 0 for words that do not ("respective", "rotates", numbers, participles); a
     * number word marks NUMBERED ("two gears").
     */
    static int modifierBit(String lower, boolean afterArticle) {
        if (NUMBER_WORDS.contains(lower)) {
            return NUMBERED;
        }
        if (ordinalBit(lower) != 0 || NON_RESTRICTIVE.contains(lower) || lower.length() < 3
                || lower.endsWith("s") || lower.endsWith("ly") || !Character.isLetter(lower.charAt(0))
                || (lower.endsWith("ed") && lower.indexOf('-') < 0) || (lower.endsWith("ing") && !afterArticle)) {
            return 0; // "two gears", "respective gears", "rotates gears", "a predetermined threshold"
        }
        return 1 << (MODIFIER_BASE + Math.floorMod(lower.hashCode(), MODIFIER_BITS));
    }

    /** Up to three word ids in one long (20 bits each). */
    private static long key(int[] ids, int from, int to) {
        long k = 0;
        for (int i = Math.max(from, to - 3); i < to; i++) {
            k = (k << 20) | (ids[i] & 0xFFFFF);
        }
        return k;
    }

    static int ordinalBit(String lower) {
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
            Token t = tokens.get(words[i]);
            sb.append(i == 0 ? "" : " ").append(acronym(t.text()) ? t.text() : t.lower()); // "S-GW", not "s-gw"
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
