package io.patentdesk.analyzer.rules;

/** Keys for matchers shared within one analysis (built from the analysis's word lists). */
final class Matchers {
    private Matchers() {}

    record Indefinite(TermMatcher m) {}

    record Nonce(java.util.Set<String> words, TermMatcher links) {}
}
