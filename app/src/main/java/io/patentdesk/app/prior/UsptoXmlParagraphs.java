package io.patentdesk.app.prior;

import io.patentdesk.analyzer.DocumentException;
import io.patentdesk.analyzer.SafeXml;
import io.patentdesk.app.io.ImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The description of a USPTO full-text XML file (v4.x grant or application) as numbered paragraphs: each {@code <p
 * num="0023">} becomes a paragraph labelled "[0023]", each {@code <heading>} an unlabelled one. The analyzer's reader
 * flattens the description into lines and drops the numbers, which a chart cites. Parsed like the analyzer does it:
 * no DTDs, no external entities, so the file reaches neither the network nor other files.
 */
final class UsptoXmlParagraphs {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");
    private static final Pattern WS = Pattern.compile("\\s+");
    /** Drawings and formula images carry no prose. */
    private static final Set<String> SKIP = Set.of("img", "maths", "image");

    private UsptoXmlParagraphs() {
    }

    /** The description's paragraphs in order; empty when the file has no v4.x description with {@code <p>}s. */
    static List<ReferenceParagraph> description(String xml) {
        Element root = parse(SafeXml.firstDocument(xml)).getDocumentElement();
        var descriptions = root.getElementsByTagName("description");
        List<ReferenceParagraph> out = new ArrayList<>();
        if (descriptions.getLength() > 0) {
            collect((Element) descriptions.item(0), out);
        }
        return out;
    }

    private static void collect(Element parent, List<ReferenceParagraph> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || SKIP.contains(e.getTagName())) {
                continue;
            }
            switch (e.getTagName()) {
                case "p", "heading" -> {
                    String text = WS.matcher(textOf(e)).replaceAll(" ").strip();
                    if (!text.isEmpty()) {
                        String num = e.getAttribute("num").strip();
                        String label = e.getTagName().equals("p") && DIGITS.matcher(num).matches()
                                && !num.chars().allMatch(c -> c == '0') ? "[" + num + "]" : null;
                        out.add(new ReferenceParagraph(0, label, text));
                    }
                }
                default -> collect(e, out); // sections such as <description-of-drawings> hold the paragraphs
            }
        }
    }

    /** The element's text without its images and formulas. */
    private static String textOf(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element c && !SKIP.contains(c.getTagName())) {
                sb.append(' ').append(textOf(c)).append(' ');
            }
        }
        return sb.toString();
    }

    /** USPTO bulk files concatenate documents; the first one is read (as the analyzer's reader does). */
    private static org.w3c.dom.Document parse(String text) {
        try {
            return SafeXml.parse(text);
        } catch (DocumentException e) {
            // The draft importer read the same file first and gave the user its message; this only says it again.
            String m = e.getMessage();
            throw new ImportException(Character.toUpperCase(m.charAt(0)) + m.substring(1), e);
        }
    }
}
