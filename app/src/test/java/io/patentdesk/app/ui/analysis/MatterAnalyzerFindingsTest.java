package io.patentdesk.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the analyzer's findings become for the editor controls. */
class MatterAnalyzerFindingsTest {

    @Test
    void onlyPossibleFindingsAreMarkedPossible() {
        String claims = "1. A garment comprising a body, wherein the front side of the body carries a print.\n"
                + "2. The garment of claim 1, wherein the collar is white.";
        List<FindingItem> f = new MatterAnalyzer().analyze(Matter.create("Garment").withClaims(claims)).findings();
        FindingItem side = f.stream().filter(x -> claims.substring(x.start(), x.end()).equals("the front side"))
                .findFirst().orElseThrow();
        assertThat(side.possible()).isTrue();
        assertThat(side.severity()).isEqualTo(Severity.WARNING);
        FindingItem collar = f.stream().filter(x -> claims.substring(x.start(), x.end()).equals("the collar"))
                .findFirst().orElseThrow();
        assertThat(collar.possible()).isFalse();
        assertThat(collar.severity()).isEqualTo(Severity.ERROR);
    }
}
