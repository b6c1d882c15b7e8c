package io.patentdesk.analyzer;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the XML of a patent publication without reaching outside it: no external entities, DTDs or schemas (a USPTO
 * file names its DTD, which must never be fetched: the app makes no network connection), no XInclude. Shared by the
 * analyzer's {@link UsptoXmlReader} and the app's reader of prior-art paragraphs, so both parse the same way.
 */
public final class SafeXml {
    private SafeXml() {}

    /** The first XML document of {@code text}: a weekly USPTO file concatenates many, each with its own prolog. */
    public static String firstDocument(String text) {
        int first = text.indexOf("<?xml");
        int second = first < 0 ? -1 : text.indexOf("<?xml", first + 5);
        return second > 0 ? text.substring(0, second) : text;
    }

    /** Parses {@code text}; a malformed file gives a one-line message ("the XML file cannot be read: ..."). */
    public static org.w3c.dom.Document parse(String text) throws DocumentException {
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
            f.setValidating(false);
            f.setNamespaceAware(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            db.setErrorHandler(null);
            return db.parse(new InputSource(new StringReader(text)));
        } catch (SAXException e) {
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().lines().findFirst().orElse("");
            throw new DocumentException("the XML file cannot be read: " + msg);
        } catch (ParserConfigurationException | IOException e) {
            throw new DocumentException("the XML file cannot be read: " + e.getMessage());
        }
    }
}
