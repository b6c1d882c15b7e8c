package io.patentdesk.app.prior;

/** Where a match is, as a chart cell says it: "p. 3, [0023]", "[0023]", "p. 3", or "" for neither. */
final class ChartLocation {
    private ChartLocation() {
    }

    static String of(ClaimChart.Match m) {
        String page = m.page() == null ? "" : "p. " + m.page();
        String para = m.paragraph() == null ? "" : m.paragraph();
        return page.isEmpty() || para.isEmpty() ? page + para : page + ", " + para;
    }

    /** The reference's file name, the way a chart names it. */
    static String reference(ClaimChart chart, ClaimChart.Match m) {
        var file = chart.references().get(m.reference()).file().getFileName();
        return file == null ? chart.references().get(m.reference()).file().toString() : file.toString();
    }
}
