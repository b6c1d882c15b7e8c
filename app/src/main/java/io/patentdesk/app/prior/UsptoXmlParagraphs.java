package io.patentdesk.app.prior;

import io.patentdesk.app.io.ImportException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

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
        Element root = parse(firstDocument(xml)).getDocumentElement();
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
    private static String firstDocument(String text) {
        int first = text.indexOf("<?xml");
        int second = first < 0 ? -1 : text.indexOf("<?xml", first + 5);
        return second > 0 ? text.substring(0, second) : text;
    }

    private static org.w3c.dom.Document parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            db.setErrorHandler(null);
            return db.parse(new InputSource(new StringReader(text)));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            // The draft importer read the same file first and gave the user its message; this only says it again.
            throw new ImportException("The XML file cannot be read: " + e.getMessage(), e);
        }
    }
}
