package io.patentdesk.analyzer;

/** The transitional phrase that separates a claim's preamble from its body (MPEP 2111.03). */
public enum Transition {
    COMPRISING, CONSISTING_OF, CONSISTING_ESSENTIALLY_OF, INCLUDING, HAVING, CHARACTERIZED_IN_THAT, WHEREIN, NONE
}
