package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * A transitional phrase written around what it lists: Chinese 由…组成 and 由…构成 ("consisting of", closed: "一种合金，由铁、
 * 碳和铬组成", "一种饲料，由以下重量份的原料组成："). In the word list it is one line with "…" where the elements go
 * ("CONSISTING_OF 由…组成"). The elements stand in one clause: the gap holds no clause mark (，；。：) and is at most
 * {@value #MAX_GAP} characters; the nearest head before the tail is its head. Words that merely hold the head's
 * character (由于 "because", 由此 "thereby", 经由 "via", 自由 "free", 理由 "reason", 缘由) are no head.
 */
final class SplitTransition {

    /** The longest list of elements read between head and tail; longer lists are written with a colon after 组成. */
    static final int MAX_GAP = 80;

    /** Words holding 由 that do not open a list of elements. */
    private static final List<String> NOT_A_HEAD = List.of("\u7531\u4e8e", "\u7531\u6b64", "\u7ecf\u7531",
            "\u81ea\u7531", "\u7406\u7531", "\u7f18\u7531");

    private final Transition transition;
    private final String head;
    private final String tail;

    private SplitTransition(Transition transition, String head, String tail) {
        this.transition = transition;
        this.head = head;
        this.tail = tail;
    }

    /** Whether a word-list phrase is split ("由…组成"). */
    static boolean isSplit(String phrase) {
        int gap = phrase.indexOf('\u2026');
        return gap > 0 && gap < phrase.length() - 1;
    }

    /** The split phrase of a word-list line's phrase, e.g. "由…组成" (also "由……组成"). */
    static SplitTransition of(Transition transition, String phrase) {
        int gap = phrase.indexOf('\u2026');
        int after = gap;
        while (after < phrase.length() && phrase.charAt(after) == '\u2026') {
            after++;
        }
        return new SplitTransition(transition, phrase.substring(0, gap).strip(), phrase.substring(after).strip());
    }

    Transition transition() {
        return transition;
    }

    /** Head and tail of one use: {@code [headStart, headEnd)} and {@code [tailStart, tailEnd)}. */
    record Use(int headStart, int headEnd, int tailStart, int tailEnd) {}

    /** Every use in {@code lower}, in order. */
    List<Use> all(String lower) {
        List<Use> out = new ArrayList<>();
        int from = 0;
        while (true) {
            Use u = next(lower, from);
            if (u == null) {
                return out;
            }
            out.add(u);
            from = u.tailEnd();
        }
    }

    /** The first use at or after {@code from}, or null. */
    Use next(String lower, int from) {
        for (int h = lower.indexOf(head, from); h >= 0; h = lower.indexOf(head, h + 1)) {
            if (!isHead(lower, h)) {
                continue;
            }
            int limit = Math.min(lower.length(), h + head.length() + MAX_GAP + tail.length());
            for (int k = h + head.length(); k < limit; k++) {
                if (lower.startsWith(tail, k)) {
                    if (k > h + head.length()) {
                        return new Use(h, h + head.length(), k, k + tail.length());
                    }
                    break; // "由组成": nothing listed
                }
                char c = lower.charAt(k);
                if (isClauseMark(c) || lower.startsWith(head, k) && isHead(lower, k)) {
                    break; // the elements end at a clause mark; a later head is the tail's own
                }
            }
        }
        return null;
    }

    private boolean isHead(String lower, int at) {
        for (String w : NOT_A_HEAD) {
            int off = w.indexOf(head);
            if (off >= 0 && at - off >= 0 && lower.startsWith(w, at - off)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClauseMark(char c) {
        return switch (c) {
            case '\uff0c', ',', '\uff1b', ';', '\u3002', '\uff1a', ':', '\n' -> true;
            default -> false;
        };
    }
}
