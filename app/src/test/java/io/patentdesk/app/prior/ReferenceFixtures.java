package io.patentdesk.app.prior;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small prior-art files with printed paragraph numbers, written the way their formats carry them. */
public final class ReferenceFixtures {
    public static final String HOOP = "The hoop is bent into a U shape from hardened steel and held in the housing "
            + "by a spring latch.";
    public static final String KEY = "A key turns a cylinder in the housing, which withdraws the latch so the hoop "
            + "comes free.";

    private ReferenceFixtures() {
    }

    /** A USPTO v4.x grant whose description paragraphs are {@code <p id="p-0022" num="0022">} and {@code 0023}. */
    public static Path usptoXml(Path dir) throws Exception {
        return Files.writeString(dir.resolve("US1234567B2.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45-2014-04-03.dtd" [ ]>
                <us-patent-grant lang="EN" dtd-version="v4.5 2014-04-03" file="US1234567B2-20200101.XML">
                <us-bibliographic-data-grant><invention-title id="d2e53">Shackle lock</invention-title>
                </us-bibliographic-data-grant>
                <abstract id="abstract"><p id="p-0001" num="0000">A shackle lock with a latch.</p></abstract>
                <description id="description">
                <heading id="h-0001" level="1">DETAILED DESCRIPTION</heading>
                <p id="p-0022" num="0022">%s</p>
                <p id="p-0023" num="0023">%s <figref idref="DRAWINGS">FIG. 2</figref> shows it.</p>
                </description>
                <us-claim-statement>What is claimed is:</us-claim-statement>
                <claims id="claims"><claim id="CLM-00001" num="00001"><claim-text>1. A lock comprising a latch.
                </claim-text></claim></claims>
                </us-patent-grant>
                """.formatted(HOOP, KEY));
    }

    /** A Word document whose paragraphs start with their printed numbers, as filed applications do. */
    public static Path docx(Path dir) throws Exception {
        Path file = dir.resolve("reference.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("DETAILED DESCRIPTION");
            doc.createParagraph().createRun().setText("[0022] " + HOOP);
            doc.createParagraph().createRun().setText("[0023] " + KEY);
            doc.write(out);
        }
        return file;
    }
}
