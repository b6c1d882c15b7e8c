package io.patentdesk.app.prior;

import io.patentdesk.app.io.AtomicFile;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * {@code patentdesk chart --format docx}: the table attorneys exchange: claim element | reference and location |
 * passage (the element's words in bold) | disclosed | note, one row per match; the last two columns hold the reviewer's
 * marks ({@link ChartReview}), empty from the command line.
 */
public final class ChartDocx {
    static final List<String> HEADER = List.of("Claim element", "Reference", "Passage", "Disclosed", "Note");

    private ChartDocx() {
    }

    public static void write(ClaimChart chart, Path target) {
        write(chart, new ChartReview(), target);
    }

    /** The chart with the reviewer's marks and notes in the last two columns. */
    public static void write(ClaimChart chart, ChartReview review, Path target) {
        AtomicFile.write(target, out -> {
            try (XWPFDocument doc = build(chart, review)) {
                doc.write(out);
            }
        });
    }

    static XWPFDocument build(ClaimChart chart, ChartReview review) {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph title = doc.createParagraph();
        title.createRun().setText("Claim chart");
        title.getRuns().get(0).setBold(true);
        for (int i = 0; i < chart.references().size(); i++) {
            doc.createParagraph().createRun().setText("Reference " + (i + 1) + ": "
                    + chart.references().get(i).file().getFileName());
        }
        XWPFTable table = doc.createTable(1, HEADER.size());
        for (int c = 0; c < HEADER.size(); c++) {
            XWPFParagraph p = table.getRow(0).getCell(c).getParagraphs().get(0);
            p.createRun().setText(HEADER.get(c));
            p.getRuns().get(0).setBold(true);
        }
        for (int ri = 0; ri < chart.elements().size(); ri++) {
            ClaimChart.Row row = chart.elements().get(ri);
            String element = "Claim " + row.claim() + ": " + row.text();
            if (row.matches().isEmpty()) {
                XWPFTableRow r = table.createRow();
                text(r.getCell(0), element);
                text(r.getCell(2), "No passage found.");
            }
            for (int mi = 0; mi < row.matches().size(); mi++) {
                ClaimChart.Match m = row.matches().get(mi);
                XWPFTableRow r = table.createRow();
                text(r.getCell(0), element);
                String where = ChartLocation.of(m);
                text(r.getCell(1), ChartLocation.reference(chart, m) + (where.isEmpty() ? "" : ", " + where));
                highlighted(r.getCell(2), m.text(), m.words());
                text(r.getCell(3), review.markLabel(ri, mi));
                text(r.getCell(4), review.note(ri, mi));
            }
        }
        return doc;
    }

    private static void text(XWPFTableCell cell, String s) {
        cell.getParagraphs().get(0).createRun().setText(s);
    }

    /** The passage as runs, the words that matched the element in bold ({@link MatchedSpans}). */
    private static void highlighted(XWPFTableCell cell, String passage, List<String> words) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (MatchedSpans.Span span : MatchedSpans.of(passage, words)) {
            var run = p.createRun();
            if (span.matched()) {
                run.setBold(true);
            }
            run.setText(span.text());
        }
    }
}
