package io.patentdesk.app.prior;

/**
 * {@code patentdesk chart --format csv}: one row per match (an element without matches keeps one row), RFC 4180
 * quoting, with empty Disclosed and Note columns for the reviewer.
 */
public final class ChartCsv {
    static final String HEADER = "claim,element,start,end,reference,page,paragraph,passage,score,disclosed,note";

    private ChartCsv() {
    }

    public static String write(ClaimChart chart) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (ClaimChart.Row row : chart.elements()) {
            if (row.matches().isEmpty()) {
                line(sb, row.claim(), row.text(), row.start(), row.end(), "", "", "", "", "");
            }
            for (ClaimChart.Match m : row.matches()) {
                line(sb, row.claim(), row.text(), row.start(), row.end(), ChartLocation.reference(chart, m),
                        m.page() == null ? "" : m.page().toString(), m.paragraph() == null ? "" : m.paragraph(),
                        m.text(), String.format(java.util.Locale.ROOT, "%.6f", m.score()));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, int claim, String element, int start, int end, String reference,
            String page, String paragraph, String passage, String score) {
        sb.append(claim).append(',').append(quote(element)).append(',').append(start).append(',').append(end)
                .append(',').append(quote(reference)).append(',').append(page).append(',').append(quote(paragraph))
                .append(',').append(quote(passage)).append(',').append(score).append(",,\r\n");
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
