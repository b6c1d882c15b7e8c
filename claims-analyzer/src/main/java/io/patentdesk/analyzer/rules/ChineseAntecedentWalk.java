package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.text.ChineseWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Antecedent basis in Chinese claims, shared by the antecedent-basis and ambiguous-antecedent rules: 所述X, 该X and
 * 上述X need X written earlier in the claim, or in the claims it depends on; on a multiple dependent claim, on every
 * path to its independent claim (专利审查指南 第二部分第二章 3.2.2).
 *
 * <p>Chinese introduces a thing by writing it (一种X, 一个X, 多个X, 第一X, or just X in a list: 包括底座、支架和电机), so
 * every earlier occurrence counts as an introduction. Where X ends is decided by the longest-match against that earlier
 * text: the longest start of the words after the marker that was written before ("所述第一连接杆的一端" → 第一连接杆
 * when 第一连接杆 was introduced). The match stands when the rest begins with a word that ends a term (的, 与, 上,
 * 内壁, 连接 ...: {@code antecedent-zh.txt}). Only where nothing matches is the text segmented (Lucene smartcn), to name
 * the term that lacks a basis; segmenting whole claims would cost several times the rest of the analysis.
 *
 * <p>What each claim can rest on is {@link ChineseClaimBasis}'s to say. Errors only where the term is certainly
 * missing: no earlier text holds it, nor its last words, on some path. Where only its
 * last words were introduced ("所述U形支撑杆" after 支撑杆), where it is introduced later in the same claim, or where a
 * one-character head follows a shorter introduced term ("所述连接件" after 连接), the finding is a warning: examiners
 * read such references leniently when the meaning is clear. "所述连接杆" after only 第一连接杆 and 第二连接杆 is
 * ambiguous (a warning).
 */
final class ChineseAntecedentWalk {

    enum Kind { MISSING, AMBIGUOUS }

    /** One problem found: [start, end) absolute, over the marker and the term. */
    record Issue(Kind kind, int claim, int start, int end, String term, String message, Severity severity,
                 Confidence confidence) {}

    /** A term of at most this many words is named when nothing introduced it. */
    private static final int MAX_TERM_WORDS = 5;
    /** How much of the text after the marker is segmented to name a term that has no basis. */
    private static final int SEGMENTED = 14;
    private static final String ORDINAL_DIGITS = "一二三四五六七八九十0123456789０１２３４５６７８９";

    private final AnalysisContext ctx;
    private final ChineseAntecedentWords words = ChineseAntecedentWords.DEFAULTS;
    private final List<Issue> issues = new ArrayList<>();

    private final ChineseClaimBasis basis;

    private ChineseAntecedentWalk(AnalysisContext ctx) {
        this.ctx = ctx;
        this.basis = new ChineseClaimBasis(ctx);
    }

    static List<Issue> issues(AnalysisContext ctx) {
        return ctx.shared(Result.class, () -> new Result(new ChineseAntecedentWalk(ctx).run())).issues();
    }

    private record Result(List<Issue> issues) {}

    private List<Issue> run() {
        for (Claim c : ctx.claims().claims()) {
            int from = c.contentStart() - c.start();
            if (!ctx.isPrimary(c) || c.isCanceled() || !ChineseText.isChinese(c.analysisText(), from)) {
                continue;
            }
            // A claim whose every reference is broken (dependency-missing says so) cannot be resolved.
            if (!c.references().isEmpty() && ctx.tree().parents(c.number()).isEmpty()) {
                continue;
            }
            for (ChineseDefiniteReferences.Reference r : ChineseDefiniteReferences.find(c.analysisText(), from, words)) {
                check(c, from, r);
            }
        }
        return issues;
    }

    private void check(Claim c, int from, ChineseDefiniteReferences.Reference r) {
        String w = r.window();
        int k = longestIntroducedStart(c, from, r.markerStart(), w);
        if (k > 0 && !onlyOrdinalOrFragment(w, k)) {
            if (k == w.length() || words.stopAt(w, k) != null) {
                checkAmbiguity(c, from, r, w.substring(0, k));
            } else if (words.isHead(w.charAt(k)) && (k + 1 == w.length() || words.stopAt(w, k + 1) != null)) {
                String term = w.substring(0, k + 1);
                report(Kind.MISSING, c, r, term, r.marker() + term + ": only " + w.substring(0, k)
                        + " is introduced before it, not " + term + "; if it is the same thing, use one name for it",
                        Severity.WARNING, Confidence.LIKELY);
            }
            return;
        }
        String term = termAt(w);
        if (term.length() < 2) {
            return; // one character names nothing a reader could miss ("所述的" before punctuation, "该处")
        }
        if (describesWhatFollows(c, from, r, term)) {
            return;
        }
        reportMissing(c, from, r, term);
    }

    /**
     * "所述带有透水孔的内筒": the words before 的 describe the thing after it, and that thing was introduced (内筒).
     */
    private boolean describesWhatFollows(Claim c, int from, ChineseDefiniteReferences.Reference r, String term) {
        String w = r.window();
        int de = w.indexOf('的', term.length());
        if (de < 0 || de > term.length() + 2 || de + 1 >= w.length()) {
            return false;
        }
        String rest = w.substring(de + 1);
        int k = longestIntroducedStart(c, from, r.markerStart(), rest);
        return k >= 2 && !isOrdinal(rest.substring(0, k));
    }

    /** The length of the longest start of {@code w} written before the marker, in this claim or on every path above. */
    private int longestIntroducedStart(Claim c, int from, int markerStart, String w) {
        int k = 0;
        // A start of w written earlier implies every shorter start was, so grow until one is not.
        while (k < w.length() && basis.introduced(c, from, markerStart, w.substring(0, k + 1))) {
            k++;
        }
        return k;
    }

    /** "第一" alone, or one character that only starts a longer word ("杆" of 杆件), is no match. */
    private boolean onlyOrdinalOrFragment(String w, int k) {
        String x = w.substring(0, k);
        if (isOrdinal(x)) {
            return true;
        }
        return k == 1 && k < w.length() && words.stopAt(w, k) == null;
    }

    private static boolean isOrdinal(String x) {
        if (x.length() < 2 || x.charAt(0) != '第') {
            return false;
        }
        for (int i = 1; i < x.length(); i++) {
            if (ORDINAL_DIGITS.indexOf(x.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The term after the marker: its words up to one that ends a term, at most {@value #MAX_TERM_WORDS}. */
    private String termAt(String window) {
        // segmenting costs per character: a term of five words fits in the first characters
        String w = window.substring(0, Math.min(window.length(), SEGMENTED));
        List<ChineseWords.Word> ws = ChineseWords.words(w);
        int end = 0;
        for (int i = 0; i < ws.size() && i < MAX_TERM_WORDS; i++) {
            String word = w.substring(ws.get(i).start(), ws.get(i).end());
            // the first word stays even where it is a verb elsewhere ("固定" of 固定板) unless it is a particle
            boolean ends = words.isStop(word) && (i > 0 || word.length() == 1)
                    || i > 0 && endsTermAt(w, ws.get(i).start(), word);
            // a verb before a one-character head is part of the name: 安装座, 连接杆, 固定板, 驱动轮
            int next = ws.get(i).end();
            if (ends && !(next < w.length() && words.isHead(w.charAt(next)) && word.length() >= 2)) {
                break;
            }
            end = ws.get(i).end();
        }
        return w.substring(0, end);
    }

    /**
     * Whether a word after the first ends the term though it is no stop word itself: it opens with a particle ("为" of
     * "盐为"), or a stop of two characters or more starts there across smartcn's words ("选/自" is 选自).
     */
    private boolean endsTermAt(String w, int at, String word) {
        String stop = words.stopAt(w, at);
        return words.opensWithParticle(word) || stop != null && stop.length() >= 2;
    }

    private void reportMissing(Claim c, int from, ChineseDefiniteReferences.Reference r, String term) {
        String said = r.marker() + term;
        int n = c.number();
        String lastWords = introducedEnding(c, from, r.markerStart(), term);
        if (lastWords != null) {
            report(Kind.MISSING, c, r, term, said + ": only " + lastWords + " is introduced before it, not " + term
                    + "; introduce " + term + " or refer to it by the name it was given", Severity.WARNING,
                    Confidence.POSSIBLE);
            return;
        }
        int later = c.analysisText().indexOf(term, r.termStart() + term.length());
        if (later >= 0) {
            report(Kind.MISSING, c, r, term, said + ": " + term + " is introduced only later in claim " + n
                    + "; introduce it before referring to it with " + r.marker(), Severity.WARNING, Confidence.LIKELY);
            return;
        }
        Set<Integer> parentsWith = new TreeSet<>();
        for (int p : basis.parents(n)) {
            if (basis.inClaimOrAbove(p, term)) {
                parentsWith.add(p);
            }
        }
        String where;
        if (!parentsWith.isEmpty()) {
            List<Integer> without = new ArrayList<>(basis.parents(n));
            without.removeAll(parentsWith);
            if (without.isEmpty()) {
                // every claim it rests on writes the term ("所述第一和第二方向" read as 所述第一): whatever the walk
                // missed, the term has its basis on every path, and there is nothing true to report
                return;
            }
            where = "claim " + n + " depends on claim " + join(parentsWith) + ", which introduces " + term
                    + ", but also on claim " + join(without) + ", which does not (every alternative needs the basis)";
        } else if (basis.citesUnreadClaims(n)) {
            where = term + " is not introduced in claim " + n + " or the claims it is read to rest on, but it cites"
                    + " claims in words the checker does not read (前述权利要求, 包括权利要求…所述的…): check that those"
                    + " claims introduce " + term;
        } else {
            Integer elsewhere = basis.claimWriting(term, n);
            where = term + " is not introduced in claim " + n + (basis.parents(n).isEmpty() ? ""
                    : " or the claims it depends on") + (elsewhere == null ? "" : " (claim " + elsewhere
                    + " introduces it, but claim " + n + " does not depend on it)");
        }
        // Symbols and names with Latin letters or digits (R3, NB-IOT模块) are often written differently where they are
        // introduced (R₃, a formula image the text layer lost); a claim citing claims the parser could not read rests
        // on claims unknown here.
        // 上述 ("the above") also points back at whole steps and mixtures never named ("重复上述过程", "上述混合物"), and
        // 所述步骤 at steps numbered without the word 步骤 ("(1)…"): warnings.
        boolean sure = !hasLatinOrDigit(term) && !basis.citesUnreadClaims(c.number()) && !r.marker().equals("上述")
                && !term.startsWith("步骤");
        report(Kind.MISSING, c, r, term, said + ": " + where + "; introduce it (一个" + term + ", or the bare term)"
                + " before referring to it with " + r.marker(), sure ? Severity.ERROR : Severity.WARNING,
                sure ? Confidence.CERTAIN : Confidence.POSSIBLE);
    }

    private static boolean hasLatinOrDigit(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!ChineseText.isIdeograph(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The longest ending of the term, whole words of two characters or more, written before; null if none. */
    private String introducedEnding(Claim c, int from, int markerStart, String term) {
        List<ChineseWords.Word> ws = ChineseWords.words(term);
        for (int i = 1; i < ws.size(); i++) {
            String ending = term.substring(ws.get(i).start());
            if (ending.length() >= 2 && !isOrdinal(ending) && basis.introduced(c, from, markerStart, ending)) {
                return ending;
            }
        }
        return null;
    }

    /**
     * "所述连接杆" where only 第一连接杆 and 第二连接杆 were written before, never 连接杆 alone: the reader cannot tell
     * which is meant.
     */
    private void checkAmbiguity(Claim c, int from, ChineseDefiniteReferences.Reference r, String term) {
        if (term.length() < 2 || isOrdinal(term.substring(0, Math.min(2, term.length())))
                || term.charAt(0) == '第') {
            return;
        }
        Set<String> ordinals = new TreeSet<>();
        // the claim itself first: there the term is mostly written bare, and the ancestors need not be read
        if (writtenBare(c.analysisText(), from, r.markerStart(), term, ordinals)) {
            return;
        }
        for (int a : ctx.tree().ancestors(c.number())) {
            Claim p = ctx.tree().claim(a);
            if (p != null && writtenBare(basis.content(p), 0, Integer.MAX_VALUE, term, ordinals)) {
                return;
            }
        }
        if (ordinals.size() >= 2) {
            List<String> named = ordinals.stream().map(o -> o + term).toList();
            report(Kind.AMBIGUOUS, c, r, term, r.marker() + term + " may mean " + String.join(" or ", named)
                    + ": name which one (所述" + named.get(0) + ")", Severity.WARNING, Confidence.LIKELY);
        }
    }

    /**
     * Whether the term is written in [from, before) of {@code t} without an ordinal and not after a marker; collects
     * the ordinals it is written with.
     */
    private static boolean writtenBare(String t, int from, int before, String term, Set<String> ordinals) {
        for (int at = t.indexOf(term, from); at >= 0 && at + term.length() <= before; at = t.indexOf(term, at + 1)) {
            String ordinal = ordinalBefore(t, at);
            if (ordinal == null) {
                if (!afterMarker(t, at)) {
                    return true;
                }
            } else {
                ordinals.add(ordinal);
            }
        }
        return false;
    }

    /** The ordinal (第一, 第二 ...) right before {@code at}, or null. */
    private static String ordinalBefore(String t, int at) {
        int i = at;
        while (i > 0 && ORDINAL_DIGITS.indexOf(t.charAt(i - 1)) >= 0 && at - i < 3) {
            i--;
        }
        return i < at && i > 0 && t.charAt(i - 1) == '第' ? t.substring(i - 1, at) : null;
    }

    private static boolean afterMarker(String t, int at) {
        return t.startsWith("所述", Math.max(0, at - 2)) || t.startsWith("上述", Math.max(0, at - 2))
                || at > 0 && t.charAt(at - 1) == '该' || t.startsWith("所述的", Math.max(0, at - 3));
    }

    private void report(Kind kind, Claim c, ChineseDefiniteReferences.Reference r, String term, String message,
                        Severity severity, Confidence confidence) {
        int start = c.start() + r.markerStart();
        int end = c.start() + r.termStart() + term.length();
        issues.add(new Issue(kind, c.number(), start, end, term, message, severity, confidence));
    }

    private static String join(Iterable<Integer> numbers) {
        StringBuilder b = new StringBuilder();
        for (int x : numbers) {
            b.append(b.length() == 0 ? "" : " or ").append(x);
        }
        return b.toString();
    }
}
