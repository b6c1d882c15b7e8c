package io.patentdesk.editor;

import java.math.BigDecimal;

/** One line of the fee summary, e.g. "Claims in excess of 20 · 3 × $100 · $300". */
public record FeeLine(String label, String detail, BigDecimal amount) {
}
