package io.patentdesk.analyzer;

import io.patentdesk.analyzer.ClaimReferences.WrittenNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Edits a claim set as a list: delete a claim, move one up or down, insert one after another, renumber. Every claim
 * is then numbered 1, 2, 3... in order and every written claim reference ("claim 2", "claims 2-4", "any of claims 1 to
 * 3", "nach Anspruch 2", "权利要求2") follows its claim. Numbers and references are the parser's ({@link ClaimSet},
 * {@link ClaimReferences}); nothing here reads claims with a grammar of its own. Each operation returns the whole new
 * text, which the editor applies as one undoable edit.
 *
 * <p>What it will not do, with a one-line reason ({@link ClaimEditException}): renumber claims with status
 * identifiers (37 CFR 1.126: claims keep their numbers in a response), move a dependent claim above a claim it
 * refers to, delete an independent claim other claims still refer to. A claim that referred to a deleted dependent
 * claim refers to that claim's parent instead, and the result says so in its notes.
 */
public final class ClaimRenumbering {
    /** Longer ranges ("claims 1 to 500") are rewritten at their ends only, as the parser reads them. */
    private static final int MAX_RANGE = 500;
    private static final String DEFAULT_GAP = "\n";

    /**
     * The new claims text; {@code focus}: where the caret goes (the moved claim, the inserted claim's end, the claim
     * now in the deleted one's place); notes for the user about references that changed meaning.
     */
    public record Result(String text, int focus, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private ClaimRenumbering() {
    }

    /** Numbers the claims 1, 2, 3... in the order written, with their references. */
    public static Result renumber(String text) {
        Layout l = Layout.of(text);
        return rebuild(l, items(l), Map.of(), 0, false, new ArrayList<>());
    }

    /** Deletes claim {@code number} and numbers the rest on. */
    public static Result delete(String text, int number) {
        Layout l = Layout.of(text);
        int i = l.indexOf(number);
        Claim gone = l.claims.get(i);
        List<Integer> dependents = new ArrayList<>();
        for (Claim c : l.claims) {
            if (c != gone && l.refersTo(c, number)) {
                dependents.add(c.number());
            }
        }
        Integer parent = gone.references().stream().filter(r -> r < number && l.has(r)).findFirst().orElse(null);
        if (parent == null && !dependents.isEmpty()) {
            throw new ClaimEditException("Claim " + number + " cannot be deleted while " + claimsWord(dependents)
                    + " refer" + (dependents.size() == 1 ? "s" : "") + " to it: delete or rewrite "
                    + (dependents.size() == 1 ? "it" : "them") + " first.");
        }
        List<Item> order = items(l);
        order.remove(i);
        Map<Integer, Integer> replaced = parent == null ? Map.of() : Map.of(number, parent);
        List<String> notes = new ArrayList<>();
        return rebuild(l, order, replaced, Math.min(i, order.size() - 1), false, notes);
    }

    /** Moves claim {@code number} one place up ({@code direction} -1) or down (+1). */
    public static Result move(String text, int number, int direction) {
        if (direction != -1 && direction != 1) {
            throw new IllegalArgumentException("direction must be -1 or 1");
        }
        Layout l = Layout.of(text);
        int i = l.indexOf(number);
        int j = i + direction;
        if (j < 0 || j >= l.claims.size()) {
            throw new ClaimEditException("Claim " + number + " is already the " + (j < 0 ? "first" : "last") + " claim.");
        }
        Claim upper = l.claims.get(Math.min(i, j));
        Claim lower = l.claims.get(Math.max(i, j));
        if (l.refersTo(lower, upper.number())) {
            throw new ClaimEditException("Claim " + lower.number() + " refers to claim " + upper.number()
                    + ", so it cannot go above it.");
        }
        List<Item> order = items(l);
        Item moved = order.remove(i);
        order.add(j, moved);
        return rebuild(l, order, Map.of(), j, false, new ArrayList<>());
    }

    /**
     * Inserts a claim with {@code content} (its text without a number; references in it use today's numbers) after
     * claim {@code number}; the caret goes to its end.
     */
    public static Result insertAfter(String text, int number, String content) {
        Layout l = Layout.of(text);
        int i = l.indexOf(number);
        List<Item> order = items(l);
        order.add(i + 1, new Item(null, content.stripLeading()));
        return rebuild(l, order, Map.of(), i + 1, true, new ArrayList<>());
    }

    private static List<Item> items(Layout l) {
        List<Item> out = new ArrayList<>();
        for (Claim c : l.claims) {
            out.add(new Item(c, null));
        }
        return out;
    }

    /**
     * Writes the claims in {@code order}, numbered from 1, with every written reference mapped to its claim's new
     * number; a reference to a deleted claim goes to the claim in {@code replaced} (its parent).
     */
    private static Result rebuild(Layout l, List<Item> order, Map<Integer, Integer> replaced, int focusIndex,
            boolean focusAtEnd, List<String> notes) {
        Map<Integer, Integer> newNumber = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k).old != null) {
                newNumber.put(order.get(k).old.number(), k + 1);
            }
        }
        Renumberer r = new Renumberer(newNumber, replaced, notes);
        StringBuilder out = new StringBuilder(l.prefix);
        int focus = 0;
        for (int k = 0; k < order.size(); k++) {
            Item item = order.get(k);
            if (k == focusIndex) {
                focus = out.length();
            }
            String written = item.old != null ? r.claim(item.old, k + 1)
                    : l.labelFor(k + 1, order.get(Math.max(0, k - 1)).old) + " " + r.content(item.content, k + 1);
            out.append(written);
            if (k == focusIndex && focusAtEnd) {
                focus = out.length();
            }
            if (k < order.size() - 1) {
                out.append(l.gaps.isEmpty() ? DEFAULT_GAP : l.gaps.get(Math.min(k, l.gaps.size() - 1)));
            }
        }
        out.append(l.suffix);
        String result = out.toString();
        check(result, order.size());
        return new Result(result, focus, notes);
    }

    /** The parser must read back exactly the claims written, numbered 1 to n; otherwise nothing is changed. */
    private static void check(String text, int count) {
        List<Claim> back = ClaimSet.parse(text).claims();
        boolean ok = back.size() == count;
        for (int k = 0; ok && k < count; k++) {
            ok = back.get(k).number() == k + 1;
        }
        if (!ok) {
            throw new ClaimEditException("The claims could not be renumbered safely: check that each claim starts on a new line with its number.");
        }
    }

    private static String claimsWord(List<Integer> numbers) {
        List<String> s = numbers.stream().map(String::valueOf).toList();
        return (s.size() == 1 ? "claim " : "claims ") + String.join(", ", s);
    }

    /** A claim of the old text, or a new claim's content. */
    private record Item(Claim old, String content) {}

    /** Rewrites labels and references for one new numbering. */
    private static final class Renumberer {
        private final Map<Integer, Integer> newNumber;
        private final Map<Integer, Integer> replaced;
        private final List<String> notes;

        Renumberer(Map<Integer, Integer> newNumber, Map<Integer, Integer> replaced, List<String> notes) {
            this.newNumber = newNumber;
            this.replaced = replaced;
            this.notes = notes;
        }

        String claim(Claim c, int number) {
            String t = c.text();
            int labelStart = c.numberSpan().start() - c.start();
            int labelEnd = c.numberSpan().end() - c.start();
            String label = withNumber(t.substring(labelStart, labelEnd), number);
            return t.substring(0, labelStart) + label + content(t.substring(labelEnd), number);
        }

        /** {@code content} with its written references mapped; notes name the claim by its new {@code number}. */
        String content(String content, int number) {
            List<WrittenNumber> written = ClaimReferences.writtenNumbers(content);
            List<int[]> edits = new ArrayList<>(); // start, end, new value
            for (int k = 0; k < written.size(); k++) {
                WrittenNumber a = written.get(k);
                WrittenNumber b = k + 1 < written.size() && written.get(k + 1).endsRange() ? written.get(k + 1) : null;
                if (b != null && b.value() > a.value() && b.value() - a.value() <= MAX_RANGE) {
                    range(a, b, number, edits);
                    k++;
                } else {
                    Integer to = single(a.value(), number);
                    if (to != null) {
                        edits.add(new int[] {a.start(), a.end(), to});
                    }
                }
            }
            StringBuilder s = new StringBuilder(content);
            edits.sort(Comparator.comparingInt((int[] e) -> e[0]).reversed());
            for (int[] e : edits) {
                s.replace(e[0], e[1], String.valueOf(e[2]));
            }
            return s.toString();
        }

        /** The new number for a reference to old claim {@code old}; null to leave it (no such claim). */
        private Integer single(int old, int self) {
            Integer to = newNumber.get(old);
            if (to != null) {
                return to;
            }
            Integer parent = replaced.get(old);
            if (parent != null && newNumber.containsKey(parent)) {
                int p = newNumber.get(parent);
                notes.add("Claim " + self + " now refers to claim " + p + " instead of deleted claim " + old
                        + ": check its antecedent basis.");
                return p;
            }
            return null;
        }

        /** "claims 2 to 4": the range becomes the span of its surviving claims' new numbers. */
        private void range(WrittenNumber a, WrittenNumber b, int self, List<int[]> edits) {
            TreeSet<Integer> members = new TreeSet<>();
            for (int n = a.value(); n <= b.value(); n++) {
                Integer to = newNumber.get(n);
                if (to != null) {
                    members.add(to);
                }
            }
            if (members.isEmpty()) {
                Integer to = single(a.value(), self);
                if (to != null) {
                    edits.add(new int[] {a.start(), a.end(), to});
                    edits.add(new int[] {b.start(), b.end(), to});
                }
                return;
            }
            int lo = members.first();
            int hi = members.last();
            if (hi - lo + 1 != members.size()) {
                notes.add("Claim " + self + ": the range \u201c" + a.value() + " to " + b.value() + "\u201d now spans claims "
                        + lo + " to " + hi + ", which include claims it did not name: check it.");
            }
            edits.add(new int[] {a.start(), a.end(), lo});
            edits.add(new int[] {b.start(), b.end(), hi});
        }

        private static String withNumber(String label, int number) {
            int s = 0;
            while (s < label.length() && !Character.isDigit(label.charAt(s))) {
                s++;
            }
            int e = s;
            while (e < label.length() && Character.isDigit(label.charAt(e))) {
                e++;
            }
            return label.substring(0, s) + number + label.substring(e);
        }
    }

    /** The claims text cut into what comes before the claims, the claims, the gaps between them and what follows. */
    private static final class Layout {
        final List<Claim> claims;
        final String prefix;
        final List<String> gaps = new ArrayList<>();
        final String suffix;

        private Layout(String text, List<Claim> claims) {
            this.claims = claims;
            this.prefix = text.substring(0, claims.get(0).start());
            for (int k = 0; k + 1 < claims.size(); k++) {
                gaps.add(text.substring(claims.get(k).end(), claims.get(k + 1).start()));
            }
            this.suffix = text.substring(claims.get(claims.size() - 1).end());
        }

        static Layout of(String text) {
            List<Claim> claims = ClaimSet.parse(text).claims();
            if (claims.isEmpty()) {
                throw new ClaimEditException("There are no numbered claims.");
            }
            Set<Integer> seen = new HashSet<>();
            for (Claim c : claims) {
                if (c.number() <= 0 || c.numberSpan().length() == 0) {
                    throw new ClaimEditException("Every claim needs a written number before claims can be edited as a list.");
                }
                if (c.status() != ClaimStatus.NONE) {
                    throw new ClaimEditException("Claims with status identifiers keep their numbers (37 CFR 1.126): "
                            + "mark a claim (Canceled) instead of deleting or moving it.");
                }
                if (!seen.add(c.number())) {
                    throw new ClaimEditException("Claim " + c.number() + " is numbered twice: give each claim its own number first.");
                }
            }
            return new Layout(text, claims);
        }

        int indexOf(int number) {
            for (int k = 0; k < claims.size(); k++) {
                if (claims.get(k).number() == number) {
                    return k;
                }
            }
            throw new ClaimEditException("There is no claim " + number + ".");
        }

        boolean has(int number) {
            return claims.stream().anyMatch(c -> c.number() == number);
        }

        /** Whether {@code c} names claim {@code number} in any reference phrase, ranges included. */
        boolean refersTo(Claim c, int number) {
            if (c.references().contains(number)) {
                return true;
            }
            List<WrittenNumber> written = ClaimReferences.writtenNumbers(c.text().substring(c.numberSpan().end() - c.start()));
            for (int k = 0; k < written.size(); k++) {
                WrittenNumber a = written.get(k);
                if (a.value() == number) {
                    return true;
                }
                if (k + 1 < written.size() && written.get(k + 1).endsRange() && a.value() < number
                        && number < written.get(k + 1).value()) {
                    return true;
                }
            }
            return false;
        }

        /** A new claim's label, written as the claim before it writes its own ("4." or "Claim 4:"). */
        String labelFor(int number, Claim model) {
            Claim m = model != null ? model : claims.get(0);
            return Renumberer.withNumber(labelText(m), number).stripTrailing();
        }

        private static String labelText(Claim c) {
            return c.text().substring(c.numberSpan().start() - c.start(), c.numberSpan().end() - c.start());
        }
    }
}
