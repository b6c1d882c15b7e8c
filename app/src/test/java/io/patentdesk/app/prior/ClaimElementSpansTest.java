package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.DocumentReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimElementSpansTest {
    static final String FILE = "TITLE\nBicycle lock\n\nCLAIMS\n"
            + "1. A bicycle lock, comprising:\n  a shackle (10; 11) having a free end;\n"
            + "  a locking body receiving the free end; and\n  a cylinder turning a latch.\n"
            + "2. The lock of claim 1, wherein the shackle is steel.\n";

    @Test
    void preambleAndEachBodyClauseWithOffsetsIntoTheFile() throws Exception {
        ClaimSet claims = new Analyzer().parseClaims(DocumentReader.parse(FILE));
        List<ClaimElementSpans.Element> elements = ClaimElementSpans.of(claims, Set.of());
        assertThat(elements).extracting(ClaimElementSpans.Element::text).containsExactly(
                "A bicycle lock", "a shackle (10; 11) having a free end", "a locking body receiving the free end",
                "a cylinder turning a latch", "The lock of claim 1", "the shackle is steel");
        assertThat(elements).extracting(ClaimElementSpans.Element::claim).containsExactly(1, 1, 1, 1, 2, 2);
        for (ClaimElementSpans.Element e : elements) {
            assertThat(FILE.substring(e.start(), e.end()).replaceAll("\\s+", " ")).isEqualTo(e.text());
        }
        assertThat(ClaimElementSpans.of(claims, Set.of(2))).extracting(ClaimElementSpans.Element::claim)
                .containsOnly(2);
    }
}
