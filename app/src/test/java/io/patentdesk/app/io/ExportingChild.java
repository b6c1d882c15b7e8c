package io.patentdesk.app.io;

import java.nio.file.Path;

/** Child JVM for {@link ExportLoggingTest}: exports one matter as DOCX and as PDF into the folder given, then exits. */
public final class ExportingChild {
    private ExportingChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        new DocxExporter().export(DocxRoundTripTest.sample(), dir.resolve("hinge.docx"));
        new PdfExporter().export(DocxRoundTripTest.sample(), dir.resolve("hinge.pdf"));
        System.out.println("EXPORTED");
    }
}
