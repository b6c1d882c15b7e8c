package io.patentdesk.app.prior;

/** Which rankings a search uses: both fused (the default), or one alone (for comparing them). */
public enum RetrievalMode {
    HYBRID, BM25, DENSE
}
