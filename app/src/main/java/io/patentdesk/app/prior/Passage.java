package io.patentdesk.app.prior;

/**
 * A piece of a reference that search ranks: a paragraph, or part of a long one.
 *
 * @param reference the reference's index in its library
 * @param page      the 1-based page it starts on; 0 for a document without pages
 * @param paragraph the paragraph's printed number ("[0023]"), or null
 * @param text      the passage's words
 */
public record Passage(int reference, int page, String paragraph, String text) {
}
