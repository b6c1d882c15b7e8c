package io.patentdesk.editor;

import java.util.List;

/**
 * A claim in the claim tree: its number, a short label (category and preamble), and the claims that depend on it.
 * A claim with several parents appears under each of them.
 */
public record ClaimNode(int number, String label, boolean problem, List<ClaimNode> children) {
    public ClaimNode {
        children = List.copyOf(children);
        label = label == null ? "" : label;
    }
}
