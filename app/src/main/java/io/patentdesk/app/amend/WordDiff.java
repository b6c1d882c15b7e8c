package io.patentdesk.app.amend;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two texts (java-diff-utils, Myers, over words, spaces and single punctuation marks), as the
 * marked-up claims of an amendment show it: "a [[red]] blue bulb", not a character soup ("b[[r]]lu[[d]]e").
 */
public final class WordDiff {

    private WordDiff() {
    }

    /** The pieces that turn {@code older} into {@code newer}: SAME, DELETED and ADDED runs, in reading order. */
    public static List<Piece> between(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Piece> raw = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int from = d.getSource().getPosition();
            add(raw, Piece.Kind.SAME, a.subList(at, from));
            add(raw, Piece.Kind.DELETED, d.getSource().getLines());
            add(raw, Piece.Kind.ADDED, d.getTarget().getLines());
            at = from + d.getSource().size();
        }
        add(raw, Piece.Kind.SAME, a.subList(at, a.size()));
        return merged(refined(merged(absorbLoneSpaces(raw))));
    }

    /** Words (letters, digits and the marks inside a word: "non-woven", "2.5", "it's"), runs of space, each other mark. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
            } else if (Character.isLetterOrDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || joinsWord(s, i))) {
                    i++;
                }
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    /** A hyphen, apostrophe or point between two letters or digits belongs to the word ("non-woven", "2.5"). */
    private static boolean joinsWord(String s, int i) {
        char c = s.charAt(i);
        return (c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ',')
                && i > 0 && i + 1 < s.length()
                && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1))
                && (c != '.' && c != ',' || Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)));
    }

    private static void add(List<Piece> out, Piece.Kind kind, List<String> tokens) {
        if (!tokens.isEmpty()) {
            out.add(new Piece(kind, String.join("", tokens)));
        }
    }

    /**
     * A kept run that is only a space between two changes reads better inside them: "[[red bulb]] blue lamp" rather
     * than "[[red]] [[bulb]]" with the space kept between each pair.
     */
    private static List<Piece> absorbLoneSpaces(List<Piece> in) {
        List<Piece> out = new ArrayList<>(in);
        for (int i = 1; i + 1 < out.size(); i++) {
            Piece p = out.get(i);
            if (p.kind() == Piece.Kind.SAME && p.text().isBlank()
                    && out.get(i - 1).kind() != Piece.Kind.SAME && out.get(i + 1).kind() != Piece.Kind.SAME) {
                out.set(i, new Piece(Piece.Kind.DELETED, p.text()));
                out.add(i + 1, new Piece(Piece.Kind.ADDED, p.text()));
                i++;
            }
        }
        return reorder(out);
    }

    /** Within each stretch of changes, all deletions first and then all additions, as an amendment reads. */
    private static List<Piece> reorder(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        List<Piece> deleted = new ArrayList<>();
        List<Piece> added = new ArrayList<>();
        for (Piece p : in) {
            switch (p.kind()) {
                case DELETED -> deleted.add(p);
                case ADDED -> added.add(p);
                case SAME -> {
                    out.addAll(deleted);
                    out.addAll(added);
                    deleted.clear();
                    added.clear();
                    out.add(p);
                }
            }
        }
        out.addAll(deleted);
        out.addAll(added);
        return out;
    }

    /** Longest word ending or beginning shown as its own change: "bulb[[s]]", "[[non-]]woven", "claim<u>s</u>". */
    static final int AFFIX_LIMIT = 4;

    /**
     * Each replacement (a deletion followed by an addition) made as small as it reads best: whole tokens both sides
     * share at its start or end are kept ("frame<u>, a fork</u> and", not "frame[[ ]]<u>, a fork </u>and"), and a
     * word that only gains or loses a short ending or beginning shows just that ("bulb[[s]]").
     */
    private static List<Piece> refined(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Piece p = in.get(i);
            if (p.kind() == Piece.Kind.DELETED && i + 1 < in.size() && in.get(i + 1).kind() == Piece.Kind.ADDED) {
                replacement(out, p.text(), in.get(i + 1).text());
                i++;
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static void replacement(List<Piece> out, String deleted, String added) {
        List<String> d = tokens(deleted);
        List<String> a = tokens(added);
        int head = 0;
        while (head < d.size() && head < a.size() && d.get(head).equals(a.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < d.size() - head && tail < a.size() - head
                && d.get(d.size() - 1 - tail).equals(a.get(a.size() - 1 - tail))) {
            tail++;
        }
        add(out, Piece.Kind.SAME, d.subList(0, head));
        String del = String.join("", d.subList(head, d.size() - tail));
        String add = String.join("", a.subList(head, a.size() - tail));
        affixed(out, del, add);
        add(out, Piece.Kind.SAME, d.subList(d.size() - tail, d.size()));
    }

    /** One word replaced by itself with a short ending or beginning more or less; else a plain replacement. */
    private static void affixed(List<Piece> out, String del, String add) {
        String shorter = del.length() < add.length() ? del : add;
        String longer = shorter == del ? add : del;
        Piece.Kind extra = shorter == del ? Piece.Kind.ADDED : Piece.Kind.DELETED;
        boolean oneWord = !shorter.isEmpty() && tokens(longer).size() == 1 && tokens(shorter).size() == 1
                && Character.isLetterOrDigit(shorter.charAt(0));
        int rest = longer.length() - shorter.length();
        if (oneWord && rest <= AFFIX_LIMIT && longer.startsWith(shorter)) {
            out.add(new Piece(Piece.Kind.SAME, shorter));
            out.add(new Piece(extra, longer.substring(shorter.length())));
        } else if (oneWord && rest <= AFFIX_LIMIT && longer.endsWith(shorter)) {
            out.add(new Piece(extra, longer.substring(0, rest)));
            out.add(new Piece(Piece.Kind.SAME, shorter));
        } else {
            if (!del.isEmpty()) {
                out.add(new Piece(Piece.Kind.DELETED, del));
            }
            if (!add.isEmpty()) {
                out.add(new Piece(Piece.Kind.ADDED, add));
            }
        }
    }

    /** Neighbouring pieces of one kind joined. */
    private static List<Piece> merged(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : in) {
            if (!out.isEmpty() && out.getLast().kind() == p.kind()) {
                out.set(out.size() - 1, new Piece(p.kind(), out.getLast().text() + p.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
