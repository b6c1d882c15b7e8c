package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is wrong with the claims text itself rather than with the claims as drafted: OCR artefacts of an older patent
 * (column line numbers, misread claim numbers, words run together, back matter after the last claim) and claims whose
 * opening words were lost in copying. The parser reads past these; {@link #summary()} names them for the one
 * input-quality finding. Immutable; offsets, like every span, point into the caller's text.
 */
public final class InputQuality {

    /** The kinds of damage found. */
    public enum Kind {
        /** An OCR column line number ("60") blanked. */
        LINE_NUMBER,
        /** A number OCR read with a letter ("I5." for 15, "claim I"), read as the number. */
        MISREAD_NUMBER,
        /** Words run together ("ofclaim 1further"), read apart. */
        RUN_TOGETHER,
        /** References, examiner and attorney lines after the last claim, ignored. */
        BACK_MATTER,
        /** The claims again in another language (EP B publications), ignored. */
        OTHER_LANGUAGE,
        /** A claim that begins mid-sentence: its opening words, and with them its preamble and references, are lost. */
        OPENING_MISSING
    }

    /** One suspect spot; {@code claim} is the claim it lies in, or null before the first claim. */
    public record Spot(Kind kind, Span span, Integer claim) {}

    private static final InputQuality NONE = new InputQuality(List.of(), null);
    /** Claims named in the summary; the rest are counted. */
    private static final int LISTED = 6;

    private final List<Spot> spots;
    private final String summary;

    private InputQuality(List<Spot> spots, String summary) {
        this.spots = List.copyOf(spots);
        this.summary = summary;
    }

    static InputQuality none() {
        return NONE;
    }

    /** Spots in text order; {@code written} is the claims text, starting at {@code origin} in the caller's text. */
    static InputQuality of(List<Spot> spots, String written, int origin) {
        if (spots.isEmpty()) {
            return NONE;
        }
        List<Spot> sorted = new ArrayList<>(spots);
        sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new InputQuality(sorted, describe(sorted, written, origin));
    }

    public List<Spot> spots() {
        return spots;
    }

    public boolean isEmpty() {
        return spots.isEmpty();
    }

    /** The claims that begin mid-sentence: their text cannot be checked. */
    public Set<Integer> claimsWithoutOpening() {
        Set<Integer> out = new TreeSet<>();
        for (Spot s : spots) {
            if (s.kind() == Kind.OPENING_MISSING && s.claim() != null) {
                out.add(s.claim());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** One sentence naming what was found and where, or null when the text is clean. */
    public String summary() {
        return summary;
    }

    private static String describe(List<Spot> spots, String written, int origin) {
        Map<Kind, List<Spot>> byKind = new EnumMap<>(Kind.class);
        for (Spot s : spots) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        List<String> parts = new ArrayList<>();
        List<Spot> lines = byKind.getOrDefault(Kind.LINE_NUMBER, List.of());
        if (!lines.isEmpty()) {
            parts.add(count(lines.size(), "column line number") + " removed (" + claimsOf(lines) + ")");
        }
        List<Spot> misread = byKind.getOrDefault(Kind.MISREAD_NUMBER, List.of());
        if (!misread.isEmpty()) {
            parts.add(count(misread.size(), "number") + " read with a letter for a digit ("
                    + quotes(misread, written, origin) + ")");
        }
        List<Spot> glued = byKind.getOrDefault(Kind.RUN_TOGETHER, List.of());
        if (!glued.isEmpty()) {
            parts.add("words run together (" + quotes(glued, written, origin) + ")");
        }
        for (Spot s : byKind.getOrDefault(Kind.BACK_MATTER, List.of())) {
            parts.add("back matter" + (s.claim() == null ? "" : " after claim " + s.claim()) + " ignored ('"
                    + excerpt(s, written, origin, 30) + "')");
        }
        StringBuilder sb = new StringBuilder();
        if (!parts.isEmpty()) {
            boolean ocr = !lines.isEmpty() || !misread.isEmpty();
            String all = String.join(", ", parts);
            sb.append(ocr ? "OCR text: " + all : all); // messages start in lower case, like every finding's
        }
        List<Spot> other = byKind.getOrDefault(Kind.OTHER_LANGUAGE, List.of());
        if (!other.isEmpty()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append("the claims in another language (").append(quotes(other, written, origin))
                    .append(") are not checked, only the English ones");
        }
        List<Spot> open = byKind.getOrDefault(Kind.OPENING_MISSING, List.of());
        if (!open.isEmpty()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            Set<Integer> numbers = new LinkedHashSet<>();
            open.forEach(s -> numbers.add(s.claim()));
            boolean one = numbers.size() == 1;
            sb.append(one ? "claim " : "claims ").append(list(numbers)).append(one ? " begins" : " begin")
                    .append(" mid-sentence ('").append(excerpt(open.get(0), written, origin, 30))
                    .append("…'), as if the opening words were lost in copying; findings on ").append(one ? "it" : "them")
                    .append(", and antecedent findings in claims that depend on ").append(one ? "it" : "them")
                    .append(", are not reported");
        }
        return sb.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String claimsOf(List<Spot> spots) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (Spot s : spots) {
            if (s.claim() != null) {
                numbers.add(s.claim());
            }
        }
        return numbers.isEmpty() ? "before the claims" : (numbers.size() == 1 ? "claim " : "claims ") + list(numbers);
    }

    private static String quotes(List<Spot> spots, String written, int origin) {
        Set<String> seen = new LinkedHashSet<>();
        for (Spot s : spots) {
            seen.add("'" + excerpt(s, written, origin, 20) + "'");
        }
        List<String> shown = new ArrayList<>(seen);
        String head = String.join(", ", shown.subList(0, Math.min(3, shown.size())));
        return shown.size() > 3 ? head + " …" : head;
    }

    private static String excerpt(Spot s, String written, int origin, int max) {
        int from = s.span().start() - origin;
        int to = Math.min(s.span().end() - origin, from + max);
        return written.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    private static String list(Set<Integer> numbers) {
        List<Integer> all = new ArrayList<>(numbers);
        List<String> shown = all.subList(0, Math.min(LISTED, all.size())).stream().map(String::valueOf).toList();
        if (all.size() > LISTED) {
            return String.join(", ", shown) + " and " + (all.size() - LISTED) + " more";
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }
}
