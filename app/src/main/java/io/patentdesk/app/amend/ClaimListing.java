package io.patentdesk.app.amend;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.ClaimStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The claim listing of a response to an Office action (37 CFR 1.121(c)), made from the claims as they were (the older
 * version) and as they are to be (the newer one). Claims are matched by number, as they keep their numbers through
 * prosecution (37 CFR 1.126); both versions are read with the claims analyzer's parser, which also reads status
 * identifiers the user wrote ("(Withdrawn)", "(Canceled)") and listings of earlier responses.
 *
 * <p>Statuses: a claim only in the older version, or canceled in the newer, is "Canceled" (shown without text); one
 * only in the newer is "New" (its text not underlined, 1.121(c)(4)(i)); one whose words changed is "Currently
 * amended", marked up word by word; an unchanged one stays "Original" when the older version had it as filed (no
 * status, or "Original"), else "Previously presented". A claim marked withdrawn in either version stays withdrawn.
 *
 * @param claims every claim, in number order
 * @param notes  what the user should look at before filing (a reused number, a claim without a number)
 */
public record ClaimListing(List<ListedClaim> claims, List<String> notes) {

    /** The lines a listing opens with, as the USPTO's sample amendment writes them (MPEP 714). */
    public static final List<String> PREAMBLE = List.of("Amendments to the Claims:",
            "This listing of claims will replace all prior versions, and listings, of claims in the application.",
            "Listing of Claims:");

    public ClaimListing {
        claims = List.copyOf(claims);
        notes = List.copyOf(notes);
    }

    public static ClaimListing between(String olderClaims, String newerClaims) {
        List<String> notes = new ArrayList<>();
        Map<Integer, Claim> older = byNumber(ClaimSet.parse(olderClaims), "older", notes);
        Map<Integer, Claim> newer = byNumber(ClaimSet.parse(newerClaims), "newer", notes);
        TreeSet<Integer> numbers = new TreeSet<>(older.keySet());
        numbers.addAll(newer.keySet());
        List<ListedClaim> out = new ArrayList<>();
        for (int n : numbers) {
            out.add(listed(n, older.get(n), newer.get(n), notes));
        }
        return new ClaimListing(out, notes);
    }

    private static ListedClaim listed(int n, Claim was, Claim is, List<String> notes) {
        if (is == null || is.isCanceled()) {
            return new ListedClaim(n, ClaimStatus.CANCELED, List.of());
        }
        if (is.status() == ClaimStatus.NOT_ENTERED) {
            return new ListedClaim(n, ClaimStatus.NOT_ENTERED, List.of());
        }
        String now = words(is);
        if (was == null || was.isCanceled()) {
            if (was != null) {
                notes.add("Claim " + n + " was canceled; a new claim takes the next unused number (37 CFR 1.126).");
            }
            return new ListedClaim(n, ClaimStatus.NEW, List.of(new Piece(Piece.Kind.SAME, now)));
        }
        boolean withdrawn = isWithdrawn(was) || isWithdrawn(is);
        String before = words(was);
        if (before.equals(now)) {
            ClaimStatus s = withdrawn ? ClaimStatus.WITHDRAWN
                    : was.status() == ClaimStatus.NONE || was.status() == ClaimStatus.ORIGINAL ? ClaimStatus.ORIGINAL
                    : ClaimStatus.PREVIOUSLY_PRESENTED;
            return new ListedClaim(n, s, List.of(new Piece(Piece.Kind.SAME, now)));
        }
        return new ListedClaim(n, withdrawn ? ClaimStatus.WITHDRAWN_CURRENTLY_AMENDED : ClaimStatus.CURRENTLY_AMENDED,
                WordDiff.between(before, now));
    }

    private static boolean isWithdrawn(Claim c) {
        return c.status() == ClaimStatus.WITHDRAWN || c.status() == ClaimStatus.WITHDRAWN_CURRENTLY_AMENDED;
    }

    /** The claim's words after its number and status, with line breaks and runs of spaces read as one space. */
    private static String words(Claim c) {
        return c.content().strip().replaceAll("\\s+", " ");
    }

    private static Map<Integer, Claim> byNumber(ClaimSet set, String which, List<String> notes) {
        Map<Integer, Claim> out = new LinkedHashMap<>();
        for (Claim c : set.claims()) {
            if (c.number() <= 0) {
                notes.add("The " + which + " version has a claim without a number; it is not in the listing.");
            } else if (out.putIfAbsent(c.number(), c) != null) {
                notes.add("The " + which + " version numbers two claims " + c.number()
                        + "; the listing uses the first.");
            }
        }
        return out;
    }

    /**
     * The claims as the listing groups them: consecutive canceled claims in one entry ("3-5. (Canceled)", as MPEP
     * 714 allows), every other claim on its own.
     */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (ListedClaim c : claims) {
            if (!out.isEmpty() && c.status() == ClaimStatus.CANCELED) {
                Entry last = out.getLast();
                if (last.first().status() == ClaimStatus.CANCELED && last.last() + 1 == c.number()) {
                    out.set(out.size() - 1, new Entry(last.first(), c.number()));
                    continue;
                }
            }
            out.add(new Entry(c, c.number()));
        }
        return out;
    }

    /** One entry of the listing: a claim, or a run of canceled claims from {@code first} to claim {@code last}. */
    public record Entry(ListedClaim first, int last) {
        /** "3." or "3-5." */
        public String label() {
            return first.number() == last ? first.number() + "." : first.number() + "-" + last + ".";
        }
    }
}
