package io.patentdesk.analyzer;

import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Tokenizer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What the rules read during one analysis: the document, the parsed claims, their tree, tokens (cached). */
public final class AnalysisContext {

    private final Document document;
    private final ClaimSet claims;
    private final ClaimTree tree;
    private final Office office;
    private final WordLists words;
    private final TransitionFinder transitions;
    private final Map<Claim, List<Token>> tokens = new IdentityHashMap<>();
    private List<Token> descriptionTokens;
    private final Map<Class<?>, Object> shared = new java.util.HashMap<>();

    AnalysisContext(Document document, ClaimSet claims, ClaimTree tree, Office office, WordLists words,
                    TransitionFinder transitions) {
        this.transitions = transitions;
        this.document = document;
        this.claims = claims;
        this.tree = tree;
        this.office = office;
        this.words = words;
    }

    public Document document() {
        return document;
    }

    public ClaimSet claims() {
        return claims;
    }

    public ClaimTree tree() {
        return tree;
    }

    public Office office() {
        return office;
    }

    public WordLists words() {
        return words;
    }

    /**
     * Tokens of a claim as the checker reads it ({@link Claim#analysisText()}: deleted markup and OCR debris are
     * blanks, words OCR ran together are apart); offsets are relative to {@link Claim#start()}.
     */
    public List<Token> tokens(Claim c) {
        return tokens.computeIfAbsent(c, k -> {
            List<Token> t = Tokenizer.tokenize(k.analysisText());
            return hasRunTogetherWords(k) ? RunTogetherWords.split(t) : t;
        });
    }

    private boolean hasRunTogetherWords(Claim c) {
        for (InputQuality.Spot s : claims.inputQuality().spots()) {
            if (s.kind() == InputQuality.Kind.RUN_TOGETHER && s.claim() != null && s.claim() == c.number()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens of the description; offsets are relative to the description text. */
    public List<Token> descriptionTokens() {
        if (descriptionTokens == null) {
            descriptionTokens = Tokenizer.tokenize(document.description());
        }
        return descriptionTokens;
    }

    /** A result several rules share (e.g. the antecedent walk), computed once per analysis. */
    public <T> T shared(Class<T> key, java.util.function.Supplier<T> compute) {
        Object v = shared.get(key);
        if (v == null) {
            v = compute.get();
            shared.put(key, v);
        }
        return key.cast(v);
    }

    /**
     * The claim's characterising phrase ("characterised in that", "dadurch gekennzeichnet, dass", "caractérisé en ce
     * que"; the transitions word list's CHARACTERIZED_IN_THAT phrases), absolute offsets; null when it has none.
     */
    public Span characterizingPhrase(Claim c) {
        String content = c.analysisContent();
        TransitionFinder.Found f = transitions.characterizing(content.toLowerCase(java.util.Locale.ROOT));
        int base = c.contentStart();
        return f == null ? null : new Span(base + f.start(), base + f.end());
    }

    /** Whether this claim is the first one written with its number (duplicates are checked once). */
    public boolean isPrimary(Claim c) {
        return tree.claim(c.number()) == c;
    }
}
