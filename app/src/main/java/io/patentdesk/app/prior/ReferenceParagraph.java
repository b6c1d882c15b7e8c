package io.patentdesk.app.prior;

/**
 * One paragraph of a reference's text, reflowed from its printed lines.
 *
 * @param page  the 1-based page it starts on; 0 for a document without pages (text, DOCX, XML)
 * @param label its printed paragraph number ("[0023]"), or null
 * @param text  the paragraph as one line, hyphenation at line ends undone
 */
public record ReferenceParagraph(int page, String label, String text) {
}
