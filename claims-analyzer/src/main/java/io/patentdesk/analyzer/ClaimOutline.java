package io.patentdesk.analyzer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The claim tree laid out for display, as the check report and the editor's claim tree show it: each independent
 * claim with the claims that depend on it beneath, depth first, and a claim with several parents under each of them.
 *
 * <p>Shown that way, a claim set can outgrow any display: a chain of 25,000 claims nests 25,000 deep, and claims that
 * each depend on the two before them appear under every path, which doubles with every claim. So two bounds apply,
 * and an ordinary claim set never meets either:
 * <ul>
 *   <li>nesting stops at {@link #MAX_DEPTH}: a claim there whose dependents are not shown yet is marked
 *       {@link Note#DEPENDENTS_BELOW} and listed again at the top, after the independent claims
 *       ({@link Note#CONTINUED}), with its dependents beneath;</li>
 *   <li>every claim's dependents are listed under its first appearance; under its later ones only while the outline
 *       has fewer than {@link #REPEAT_ROWS} rows, after which those appearances are marked
 *       {@link Note#DEPENDENTS_ABOVE}.</li>
 * </ul>
 * The outline thus has at most about claims + dependencies + REPEAT_ROWS + MAX_DEPTH x (most dependents of one claim)
 * rows, and is built with an explicit stack, never recursing once per level.
 */
public final class ClaimOutline {

    /** Levels of dependent claims below an independent claim (the check report has always stopped here). */
    public static final int MAX_DEPTH = 64;
    /** Rows after which a claim's dependents are listed only once. */
    public static final int REPEAT_ROWS = 5_000;

    /** Why a row's dependents are not beneath it. */
    public enum Note {
        NONE,
        /** The claim's dependents are beneath an earlier row of the same claim. */
        DEPENDENTS_ABOVE,
        /** The claim's dependents are beneath a later, top-level row of the same claim ({@link #CONTINUED}). */
        DEPENDENTS_BELOW,
        /** A dependent claim at the top: its dependents continue here, as the branch it is in was too deep. */
        CONTINUED
    }

    /**
     * One line of the outline.
     *
     * @param claim the claim number
     * @param depth 0 for a top-level row, 1 for a claim beneath one, ...
     * @param last  whether no later row shares its parent row (the check report draws "└─" rather than "├─")
     * @param note  why its dependents are elsewhere, if they are
     */
    public record Row(int claim, int depth, boolean last, Note note) {}

    private ClaimOutline() {}

    /** The outline with the standard bounds. */
    public static List<Row> of(ClaimTree tree) {
        return of(tree, MAX_DEPTH, REPEAT_ROWS);
    }

    /** The outline with chosen bounds (tests use small ones). */
    public static List<Row> of(ClaimTree tree, int maxDepth, int repeatRows) {
        return new Builder(tree, maxDepth, repeatRows).build();
    }

    private static final class Builder {
        private final ClaimTree tree;
        private final int maxDepth;
        private final int repeatRows;
        private final List<int[]> rows = new ArrayList<>(); // claim, depth, note ordinal
        /** Claims whose dependents are listed, or will be at their continued row. */
        private final Set<Integer> listed = new HashSet<>();
        private final ArrayDeque<Integer> continued = new ArrayDeque<>();
        private final Set<Integer> pending = new HashSet<>();

        Builder(ClaimTree tree, int maxDepth, int repeatRows) {
            this.tree = tree;
            this.maxDepth = Math.max(1, maxDepth);
            this.repeatRows = repeatRows;
        }

        List<Row> build() {
            for (int root : tree.roots()) {
                if (tree.claim(root).isCanceled()) {
                    continue; // no text and no dependents: an amendment's "3-19. (Canceled)" would fill the outline
                }
                listed.add(root);
                branch(root, Note.NONE);
            }
            while (!continued.isEmpty()) {
                int c = continued.poll();
                pending.remove(c);
                branch(c, Note.CONTINUED);
            }
            return withLastFlags();
        }

        /** Lists a top-level claim and, depth first, everything beneath it. */
        private void branch(int top, Note note) {
            add(top, 0, note);
            // each frame: a claim whose dependents are being listed, its depth, the next dependent to list
            ArrayDeque<int[]> frames = new ArrayDeque<>();
            frames.push(new int[] {top, 0, 0});
            while (!frames.isEmpty()) {
                int[] f = frames.peek();
                List<Integer> kids = tree.children(f[0]);
                if (f[2] == kids.size()) {
                    frames.pop();
                    continue;
                }
                int k = kids.get(f[2]++);
                int depth = f[1] + 1;
                if (tree.children(k).isEmpty()) {
                    add(k, depth, Note.NONE);
                } else if (depth >= maxDepth) {
                    if (listed.add(k)) {
                        continued.add(k);
                        pending.add(k);
                    }
                    add(k, depth, pending.contains(k) ? Note.DEPENDENTS_BELOW : Note.DEPENDENTS_ABOVE);
                } else if (listed.add(k) || rows.size() < repeatRows) {
                    add(k, depth, Note.NONE);
                    frames.push(new int[] {k, depth, 0});
                } else {
                    add(k, depth, pending.contains(k) ? Note.DEPENDENTS_BELOW : Note.DEPENDENTS_ABOVE);
                }
            }
        }

        private void add(int claim, int depth, Note note) {
            rows.add(new int[] {claim, depth, note.ordinal()});
        }

        /** A row is its parent's last when, looking back from the end, no row at its depth came since a shallower one. */
        private List<Row> withLastFlags() {
            boolean[] later = new boolean[maxDepth + 2];
            boolean[] last = new boolean[rows.size()];
            for (int i = rows.size() - 1; i >= 0; i--) {
                int d = rows.get(i)[1];
                last[i] = !later[d];
                later[d] = true;
                for (int j = d + 1; j < later.length; j++) {
                    later[j] = false;
                }
            }
            List<Row> out = new ArrayList<>(rows.size());
            Note[] notes = Note.values();
            for (int i = 0; i < rows.size(); i++) {
                int[] r = rows.get(i);
                out.add(new Row(r[0], r[1], last[i], notes[r[2]]));
            }
            return out;
        }
    }
}
