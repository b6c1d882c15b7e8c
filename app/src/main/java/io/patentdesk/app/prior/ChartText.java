package io.patentdesk.app.prior;

/** {@code patentdesk chart --format text}: each element, then its matches with reference, location and score. */
public final class ChartText {
    private ChartText() {
    }

    public static String write(ClaimChart chart) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chart.references().size(); i++) {
            ClaimChart.Reference r = chart.references().get(i);
            sb.append("Reference ").append(i + 1).append(": ").append(r.file())
                    .append(r.pages() > 0 ? " (" + r.pages() + " pages)" : "").append('\n');
        }
        for (ClaimChart.Row row : chart.elements()) {
            sb.append('\n').append("Claim ").append(row.claim()).append(": ").append(row.text()).append('\n');
            if (row.matches().isEmpty()) {
                sb.append("  (no passage found)\n");
            }
            for (ClaimChart.Match m : row.matches()) {
                String where = ChartLocation.of(m);
                sb.append("  ").append(String.format(java.util.Locale.ROOT, "%.4f", m.score())).append("  ")
                        .append(ChartLocation.reference(chart, m)).append(where.isEmpty() ? "" : " " + where)
                        .append(": ").append(m.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
