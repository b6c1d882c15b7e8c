package io.patentdesk.app.store;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff between two versions of a matter (java-diff-utils, Myers). Each matter is laid out as text with one
 * heading line per part ("## Claims", "## Background", ...), so a change shows under the part it belongs to. The
 * matter's particulars (docket number, office, USPTO entity size) come first, one line each, so that a change of
 * office or fee scale between two versions shows like any other change.
 */
public final class MatterDiff {
    private final List<String> older;
    private final List<String> newer;
    private final Patch<String> patch;

    private MatterDiff(List<String> older, List<String> newer) {
        this.older = older;
        this.newer = newer;
        this.patch = DiffUtils.diff(older, newer);
    }

    public static MatterDiff between(Matter older, Matter newer) {
        return new MatterDiff(lines(older), lines(newer));
    }

    /** The matter as the diff sees it: headed parts, one list entry per line. */
    static List<String> lines(Matter m) {
        List<String> out = new ArrayList<>();
        out.add("## Matter title");
        out.add(m.title());
        out.add("## Docket number");
        out.add(m.docket().isEmpty() ? "(none)" : m.docket());
        out.add("## Office");
        out.add(m.office().label());
        out.add("## USPTO entity size");
        out.add(m.entity().label());
        out.add("## Claims");
        out.addAll(m.claims().lines().toList());
        for (Section s : Section.values()) {
            out.add("## " + s.displayName());
            out.addAll(m.section(s).lines().toList());
        }
        return out;
    }

    public boolean isEmpty() {
        return patch.getDeltas().isEmpty();
    }

    /** The changes, each with the old and new lines and their positions. */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            out.add(new Change(Change.Kind.valueOf(d.getType().name()), d.getSource().getPosition(),
                    List.copyOf(d.getSource().getLines()), d.getTarget().getPosition(),
                    List.copyOf(d.getTarget().getLines())));
        }
        return out;
    }

    /** The diff in unified format with {@code context} lines around each change, for a plain-text view. */
    public String unified(String olderName, String newerName, int context) {
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(olderName, newerName, older, patch, context));
    }

    /** One changed block: lines removed from the older version and lines put in their place. */
    public record Change(Kind kind, int olderLine, List<String> removed, int newerLine, List<String> added) {
        public enum Kind { CHANGE, DELETE, INSERT, EQUAL }
    }
}
