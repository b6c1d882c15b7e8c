package io.patentdesk.analyzer;

import java.util.List;

/**
 * One parsed claim. Every span is an absolute offset into the text the caller passed for the claims part (for a whole
 * application file read by {@link DocumentReader}: into that file's text), so {@code text.substring(start, end)} is
 * exactly what the editor should underline.
 *
 * @param number        the claim's number as written (0 for an unnumbered leading claim that cannot be inferred)
 * @param span          the whole claim, from its number label to its last non-blank character
 * @param numberSpan    the number label ("1.", "Claim 1:", "2 ."); empty at the claim start when unnumbered
 * @param text          the claim exactly as written ({@code span} of the claims text)
 * @param preamble      the words before the transitional phrase
 * @param transition    the transitional phrase found ({@link Transition#NONE} when none)
 * @param transitionSpan where the transitional phrase is (empty at the body start when none)
 * @param body          the words after the transitional phrase
 * @param category      what the claim is directed to; dependent claims inherit their independent claim's
 * @param references    the claims referred to, in order of first mention, without duplicates
 * @param referenceMode how the references are joined
 * @param referenceSpan the first reference phrase ("claim 1", "any one of claims 1 to 3"), or null
 * @param kind          independent, dependent or multiple dependent
 * @param status        the amendment status identifier ("(Currently amended)"), part of the label; NONE if absent;
 *                      CANCELED also for a claim whose whole text reissue markup deletes
 * @param analysisText  the claim as the checker reads it: as long as {@code text}, at the same offsets, with text that
 *                      amendment or reissue markup deletes ("[[...]]", "[...]") and OCR debris (column line numbers)
 *                      blanked to spaces and misread digits put right; {@code text} itself when there is none
 */
public record Claim(
        int number,
        Span span,
        Span numberSpan,
        String text,
        Span preamble,
        Transition transition,
        Span transitionSpan,
        Span body,
        ClaimCategory category,
        List<Integer> references,
        ReferenceMode referenceMode,
        Span referenceSpan,
        ClaimKind kind,
        ClaimStatus status,
        String analysisText) {

    public Claim {
        references = List.copyOf(references);
        if (analysisText == null) {
            analysisText = text;
        } else if (analysisText.length() != text.length()) {
            throw new IllegalArgumentException("the analysis text must be as long as the claim text");
        }
    }

    /** A claim read from text without markup: the checker reads it as written. */
    public Claim(int number, Span span, Span numberSpan, String text, Span preamble, Transition transition,
            Span transitionSpan, Span body, ClaimCategory category, List<Integer> references,
            ReferenceMode referenceMode, Span referenceSpan, ClaimKind kind, ClaimStatus status) {
        this(number, span, numberSpan, text, preamble, transition, transitionSpan, body, category, references,
                referenceMode, referenceSpan, kind, status, text);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Where the claim's words begin, after the number label. */
    public int contentStart() {
        return numberSpan.end();
    }

    /** A canceled claim keeps its number but has no text; rules and fees pass over it. */
    public boolean isCanceled() {
        return status == ClaimStatus.CANCELED;
    }

    public boolean isIndependent() {
        return kind == ClaimKind.INDEPENDENT;
    }

    /** The claim's own text between two absolute offsets inside it. */
    public String slice(int absStart, int absEnd) {
        return text.substring(absStart - span.start(), absEnd - span.start());
    }

    /** The claim as the checker reads it ({@code analysisText}) between two absolute offsets inside it. */
    public String analysisSlice(int absStart, int absEnd) {
        return analysisText.substring(absStart - span.start(), absEnd - span.start());
    }

    /** The claim's words without its number label. */
    public String content() {
        return text.substring(numberSpan.end() - span.start());
    }

    Claim withCategory(ClaimCategory c) {
        return new Claim(number, span, numberSpan, text, preamble, transition, transitionSpan, body, c, references,
                referenceMode, referenceSpan, kind, status, analysisText);
    }

    /** The claim's words as the checker reads them, without the number label (see {@code analysisText}). */
    public String analysisContent() {
        return analysisText.substring(numberSpan.end() - span.start());
    }
}
