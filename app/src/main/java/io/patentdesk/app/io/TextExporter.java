package io.patentdesk.app.io;

import io.patentdesk.app.matter.Matter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a matter as plain UTF-8 text in the same order and under the same headings as the DOCX and PDF exports
 * ({@link ExportLayout}): title, description sections with numbered paragraphs, the claims, the abstract. The
 * result reads back through the text importer, which knows these headings.
 */
public final class TextExporter {
    public void export(Matter matter, Path target) {
        AtomicFile.write(target, out -> out.write(render(matter).getBytes(StandardCharsets.UTF_8)));
    }

    static String render(Matter matter) {
        StringBuilder sb = new StringBuilder();
        for (ExportLayout.Block b : ExportLayout.of(matter)) {
            switch (b) {
                case ExportLayout.Title t -> sb.append(t.text()).append("\n\n");
                case ExportLayout.Heading h -> sb.append(h.text()).append("\n\n");
                case ExportLayout.Paragraph p -> sb.append(p.number() > 0 ? "[%04d] ".formatted(p.number()) : "")
                        .append(p.text()).append("\n\n");
                case ExportLayout.PageBreak pb -> sb.append('\n');
                // One claim per line, as the editor and the importers keep claims; the elements joined again.
                case ExportLayout.ClaimLine c -> sb.append(c.text()).append(c.lastOfClaim() ? "\n\n" : " ");
            }
        }
        return sb.toString().strip() + "\n";
    }
}
