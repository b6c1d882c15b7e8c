package io.patentdesk.analyzer;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Takes title, abstract, description and claims from a USPTO full-text XML file: grant ({@code us-patent-grant}) and
 * application ({@code us-patent-application}) v4.x, and the older application v1.x ({@code
 * patent-application-publication}) and grant v2.x ({@code PATDOC}) formats. The JDK's parser runs with DTD loading and
 * external entities off, so a file can neither reach the network nor read other files.
 */
final class UsptoXmlReader {

    private static final List<String> TITLE = List.of("invention-title", "title-of-invention", "B540");
    private static final List<String> ABSTRACT = List.of("abstract", "subdoc-abstract", "SDOAB");
    private static final List<String> DESCRIPTION = List.of("description", "subdoc-description", "SDODE");
    private static final List<String> CLAIM = List.of("claim", "CLM");
    private static final Set<String> BLOCKS = Set.of("p", "heading", "paragraph", "PARA", "H", "section", "li",
            "description-of-drawings", "brief-description-of-drawings", "cross-reference-to-related-applications",
            "summary-of-invention", "detailed-description", "background-of-invention", "BTEXT", "tables", "table",
            "row", "maths");
    /** Elements whose text is not prose: drawings, formula images, processing data. */
    private static final Set<String> SKIP = Set.of("figref-ignored", "img", "EMI", "CHEM", "MATH", "image");
    private static final Pattern LABEL = Pattern.compile("^\\s*\\d{1,5}\\s*[.)]");

    private UsptoXmlReader() {}

    static Document read(String text) throws DocumentException {
        org.w3c.dom.Document xml = SafeXml.parse(SafeXml.firstDocument(text));
        Element root = xml.getDocumentElement();
        Document.Builder b = Document.builder(Document.Format.USPTO_XML);
        b.part(Part.TITLE, firstText(root, TITLE), 0);
        b.part(Part.ABSTRACT, firstText(root, ABSTRACT), 0);
        b.part(Part.DESCRIPTION, firstText(root, DESCRIPTION), 0);
        StringBuilder claims = new StringBuilder();
        int index = 0;
        for (String tag : CLAIM) {
            NodeList nl = root.getElementsByTagName(tag);
            for (int i = 0; i < nl.getLength(); i++) {
                Element c = (Element) nl.item(i);
                index++;
                String body = flatten(c, false).strip();
                if (body.isEmpty()) {
                    continue;
                }
                if (!LABEL.matcher(body).find()) {
                    body = number(c, index) + ". " + body;
                }
                claims.append(claims.length() == 0 ? "" : "\n").append(body);
            }
            if (index > 0) {
                break;
            }
        }
        if (claims.length() == 0) {
            throw new DocumentException("the XML file has no claims (expected a USPTO us-patent-grant or "
                    + "us-patent-application document)");
        }
        b.part(Part.CLAIMS, claims.toString(), 0);
        return b.build();
    }

    /** USPTO bulk files concatenate documents; the first one is read. */
    private static int number(Element claim, int fallback) {
        String num = claim.getAttribute("num");
        try {
            return num.isBlank() ? fallback : Integer.parseInt(num.strip().replaceFirst("^0+(?=\\d)", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }


    private static String firstText(Element root, List<String> tags) {
        for (String tag : tags) {
            NodeList nl = root.getElementsByTagName(tag);
            if (nl.getLength() > 0) {
                return flatten((Element) nl.item(0), true).strip();
            }
        }
        return "";
    }

    /** The element's text with whitespace collapsed; blocks on their own lines when {@code lines}. */
    private static String flatten(Element e, boolean lines) {
        StringBuilder sb = new StringBuilder();
        append(e, sb, lines);
        return sb.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{2,}", "\n");
    }

    private static void append(Node n, StringBuilder sb, boolean lines) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            switch (c.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> appendText(sb, c.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    String tag = c.getNodeName();
                    if (SKIP.contains(tag)) {
                        continue;
                    }
                    boolean block = lines && BLOCKS.contains(tag);
                    if (block && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append('\n');
                    }
                    if (!lines && (tag.equals("claim-text") || tag.equals("CLMSTEP") || tag.equals("PARA"))
                            && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                    append(c, sb, lines);
                    if (block) {
                        sb.append('\n');
                    }
                }
                default -> { }
            }
        }
    }

    private static void appendText(StringBuilder sb, String s) {
        Matcher m = WS.matcher(s);
        String collapsed = m.replaceAll(" ");
        if (collapsed.startsWith(" ") && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' '
                || sb.charAt(sb.length() - 1) == '\n')) {
            collapsed = collapsed.substring(1);
        }
        sb.append(collapsed);
    }

    private static final Pattern WS = Pattern.compile("\\s+");
}
