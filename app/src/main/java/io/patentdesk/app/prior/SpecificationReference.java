package io.patentdesk.app.prior;

import io.patentdesk.app.io.ExportLayout;
import io.patentdesk.app.matter.Matter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The matter's own description as a chart reference, so the chart shows where each claim element is supported: its
 * paragraphs numbered [0001] onward exactly as the exported application numbers them ({@link ExportLayout}); the
 * claims and abstract are left out (an element always finds itself in the claims).
 */
public final class SpecificationReference {
    /** The name the chart shows for it, in place of a file name. */
    public static final Path NAME = Path.of("(specification)");

    private SpecificationReference() {
    }

    /** The matter's description paragraphs; empty when it has no description yet. */
    public static ReferenceText of(Matter matter) {
        List<ReferenceParagraph> paragraphs = new ArrayList<>();
        for (ExportLayout.Block b : ExportLayout.of(matter)) {
            if (b instanceof ExportLayout.Paragraph p && p.number() > 0 && !p.text().isBlank()) {
                paragraphs.add(new ReferenceParagraph(0, p.label(), p.text().strip()));
            }
        }
        return new ReferenceText(NAME, 0, paragraphs);
    }

    /** As a reference to index, its marks stored under {@link ChartCellKey#SPECIFICATION}. */
    public static ReferenceIndexer.TextReference forChart(Matter matter) {
        return new ReferenceIndexer.TextReference(of(matter), ChartCellKey.SPECIFICATION);
    }
}
