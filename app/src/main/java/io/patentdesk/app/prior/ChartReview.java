package io.patentdesk.app.prior;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewer's verdict on the cells of a {@link ClaimChart}: for a passage of an element, whether it discloses the
 * element, and a note. Cells are addressed by the row's and the match's positions in the chart. Not thread-safe: the
 * UI owns it on its thread and exports a {@link #copy()}.
 */
public final class ChartReview {
    /** The verdicts an attorney writes in a chart cell. */
    public enum Mark {
        DISCLOSED("Disclosed"), PARTLY("Partly"), NOT_FOUND("Not found");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One cell's verdict; either part may be absent (null mark, empty note). */
    public record Cell(Mark mark, String note) {
        public Cell {
            note = note == null ? "" : note.strip();
        }
    }

    private final Map<Long, Cell> cells = new HashMap<>();

    public void set(int row, int match, Mark mark, String note) {
        Cell c = new Cell(mark, note);
        if (c.mark() == null && c.note().isEmpty()) {
            cells.remove(key(row, match));
        } else {
            cells.put(key(row, match), c);
        }
    }

    public Optional<Cell> get(int row, int match) {
        return Optional.ofNullable(cells.get(key(row, match)));
    }

    /** The mark's label, or "" when unmarked. */
    public String markLabel(int row, int match) {
        return get(row, match).map(Cell::mark).map(Mark::label).orElse("");
    }

    public String note(int row, int match) {
        return get(row, match).map(Cell::note).orElse("");
    }

    /**
     * The stored verdicts on the cells of {@code chart}, each placed where its cell now stands.
     *
     * @param referenceKeys the key of each of the chart's references, in its order ({@link ChartCellKey})
     */
    public static ChartReview restored(ClaimChart chart, java.util.List<String> referenceKeys,
            Map<ChartCellKey, Cell> stored) {
        ChartReview review = new ChartReview();
        for (int r = 0; r < chart.elements().size(); r++) {
            for (int m = 0; m < chart.elements().get(r).matches().size(); m++) {
                Cell c = stored.get(ChartCellKey.of(chart, referenceKeys, r, m));
                if (c != null) {
                    review.set(r, m, c.mark(), c.note());
                }
            }
        }
        return review;
    }

    public ChartReview copy() {
        ChartReview c = new ChartReview();
        c.cells.putAll(cells);
        return c;
    }

    private static long key(int row, int match) {
        return ((long) row << 32) | (match & 0xffffffffL);
    }
}
