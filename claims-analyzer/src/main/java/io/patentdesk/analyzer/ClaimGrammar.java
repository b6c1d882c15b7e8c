package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the claim grammar's landmarks lie in a text, as the parser reads them: claim labels ("12.", "１．", "3、",
 * "Claim 4:", "【請求項１】"), references to other claims ("of claim 1", "any one of claims 1 to 3", "nach Anspruch 1",
 * "selon la revendication 1", "根据权利要求1", "前述任一权利要求", "請求項１～３のいずれか一項"), transitional phrases
 * ("comprising", "characterised in that", "dadurch gekennzeichnet, dass", "caractérisé en ce que", "其特征在于", "包括",
 * 由…组成 at its head and tail, "wherein", "其中", "を備える", "を特徴とする") and function links ("configured to").
 * English, German, French, Chinese and Japanese; the same rules as {@link ClaimSet#parse} and the same word
 * lists as the {@link Analyzer}, so that the editor's highlighting and the drafting helpers know what the checker
 * knows, and nothing else. Offsets are into the text as given; OCR slips are read as the parser reads them ("claim I",
 * "权利要求l"). Pure and thread-safe.
 */
public final class ClaimGrammar {

    /** A claim's label at {@code [start, end)}, its numbers {@code first..last} (equal unless a range of canceled claims). */
    public record Label(int start, int end, int first, int last) {}

    /** A reference to other claims at {@code [start, end)}; the numbers it names, none for "any preceding claim". */
    public record Reference(int start, int end, List<Integer> numbers) {}

    /** A transitional phrase at {@code [start, end)} and its kind ({@link Transition#WHEREIN} for "wherein", "其中"). */
    public record Phrase(int start, int end, Transition transition) {}

    /** A phrase tying a claimed thing to its function ("configured to", "adapted to") at {@code [start, end)}. */
    public record FunctionLink(int start, int end) {}

    /** Everything the grammar finds in one text, each list in text order. */
    public record Landmarks(List<Label> labels, List<Reference> references, List<Phrase> transitions,
            List<FunctionLink> functionLinks) {}

    private static final ClaimGrammar DEFAULT = new ClaimGrammar(WordLists.defaults());

    private final TransitionFinder transitions;
    /** The function links of more than one word: "for" alone is everywhere in a claim. */
    private final PhraseScan functionLinks;

    private ClaimGrammar(WordLists words) {
        this.transitions = TransitionFinder.of(words.get(WordLists.Kind.TRANSITIONS));
        this.functionLinks = new PhraseScan(words.get(WordLists.Kind.FUNCTION_LINKS).stream()
                .filter(p -> p.contains(" ")).toList());
    }

    /** The grammar with the bundled word lists. */
    public static ClaimGrammar defaults() {
        return DEFAULT;
    }

    /** The grammar with {@code words} (the user's edited transitions and function links). */
    public static ClaimGrammar of(WordLists words) {
        return new ClaimGrammar(words);
    }

    /** The landmarks of {@code text}, a claim set or any part of one. */
    public Landmarks find(String text) {
        AnalysisText read = AnalysisText.of(text);
        String masked = read.text();
        List<Label> labels = labels(masked, text);
        List<Reference> references = new ArrayList<>();
        int next = 0;
        for (ClaimReferences.Phrase p : ClaimReferences.phrases(masked)) {
            while (next < labels.size() && labels.get(next).end() <= p.start()) {
                next++;
            }
            // "Claim 4: A lamp" is a label, not a reference to claim 4
            if (next >= labels.size() || labels.get(next).start() >= p.end()) {
                references.add(new Reference(p.start(), p.end(), p.numbers()));
            }
        }
        String lower = lowerSameLength(masked);
        List<Phrase> phrases = new ArrayList<>();
        for (TransitionFinder.Found f : transitions.all(lower)) {
            phrases.add(new Phrase(f.start(), f.end(), f.transition()));
        }
        List<FunctionLink> links = new ArrayList<>();
        for (PhraseScan.Hit h : functionLinks.all(lower)) {
            links.add(new FunctionLink(h.start(), h.end()));
        }
        return new Landmarks(List.copyOf(labels), List.copyOf(references), List.copyOf(phrases), List.copyOf(links));
    }

    /** The claim labels of {@code text} alone (cheaper than {@link #find}): where each claim begins. */
    public List<Label> labels(String text) {
        AnalysisText read = AnalysisText.of(text);
        return List.copyOf(labels(read.text(), text));
    }

    /** Labels without the blanks around them: "12." of "  12.  A lamp". */
    private static List<Label> labels(String masked, String written) {
        List<Label> out = new ArrayList<>();
        for (ClaimLabels.Label l : ClaimLabels.find(masked, written)) {
            int s = l.start();
            int e = l.end();
            while (s < e && (Character.isWhitespace(written.charAt(s)) || written.charAt(s) == '\u00a0')) {
                s++;
            }
            while (e > s && Character.isWhitespace(written.charAt(e - 1))) {
                e--;
            }
            out.add(new Label(s, e, l.first(), l.last()));
        }
        return out;
    }

    /**
     * Lower case at the same offsets: {@link String#toLowerCase} may change the length ("İ" becomes two characters),
     * and the phrases' offsets must stay those of the text.
     */
    private static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }
}
