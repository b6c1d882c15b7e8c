package io.patentdesk.app.prior;

/**
 * {@code patentdesk chart --format csv}: one row per match (an element without matches keeps one row), RFC 4180
 * quoting; the last two columns hold the reviewer's mark and note ({@link ChartReview}), empty from the command line.
 */
public final class ChartCsv {
    static final String HEADER = "claim,element,start,end,reference,page,paragraph,passage,score,disclosed,note";

    private ChartCsv() {
    }

    public static String write(ClaimChart chart) {
        return write(chart, new ChartReview());
    }

    /** The chart with the reviewer's marks and notes in the last two columns. */
    public static String write(ClaimChart chart, ChartReview review) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (int r = 0; r < chart.elements().size(); r++) {
            ClaimChart.Row row = chart.elements().get(r);
            if (row.matches().isEmpty()) {
                line(sb, row.claim(), row.text(), row.start(), row.end(), "", "", "", "", "", "", "");
            }
            for (int i = 0; i < row.matches().size(); i++) {
                ClaimChart.Match m = row.matches().get(i);
                line(sb, row.claim(), row.text(), row.start(), row.end(), ChartLocation.reference(chart, m),
                        m.page() == null ? "" : m.page().toString(), m.paragraph() == null ? "" : m.paragraph(),
                        m.text(), String.format(java.util.Locale.ROOT, "%.6f", m.score()), review.markLabel(r, i),
                        review.note(r, i));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, int claim, String element, int start, int end, String reference,
            String page, String paragraph, String passage, String score, String mark, String note) {
        sb.append(claim).append(',').append(quote(element)).append(',').append(start).append(',').append(end)
                .append(',').append(quote(reference)).append(',').append(page).append(',').append(quote(paragraph))
                .append(',').append(quote(passage)).append(',').append(score).append(',').append(quote(mark))
                .append(',').append(quote(note)).append("\r\n");
    }

    static String quote(String s) {
        if (s.isEmpty()) {
            return s;
        }
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
        String safe = "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
