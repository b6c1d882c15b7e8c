package io.patentdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.SuppressedFinding;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The warning before an export: errors of the text as it is now, the first named, suppressed ones left out. */
class ExportPreflightTest {
    private final MatterAnalyzer analyzer = new MatterAnalyzer();

    @Test
    void aMatterWithErrorsIsNamedWithItsFirstError() {
        Matter m = Matter.create("Lamp").withClaims("1. A lamp comprising a bulb.\n"
                + "2. The lamp of claim 5, wherein the bulb is red.");
        List<Optional<String>> got = new ArrayList<>();
        new ExportPreflight(analyzer, new CurrentThreadTaskExecutor()).check(m, got::add, e -> { throw new AssertionError(e); });
        assertThat(got).singleElement().satisfies(w -> assertThat(w).get().asString()
                .startsWith("\u201cLamp\u201d has 1 error (first: Claim 2: ").contains("claim 5")
                .endsWith("Export anyway?"));
    }

    @Test
    void aCleanMatterOrOneWhoseErrorsAreSuppressedExportsWithoutAsking() {
        Matter clean = Matter.create("Lamp").withClaims("1. A lamp comprising a bulb.\n"
                + "2. The lamp of claim 1, wherein the bulb is red.");
        assertThat(ExportPreflight.warning(analyzer.analyze(clean))).isEmpty();

        Matter broken = clean.withClaims("1. A lamp comprising a bulb.\n2. The lamp of claim 5, wherein the bulb is red.");
        AnalysisResult r = analyzer.analyze(broken);
        FindingItem error = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        SuppressedFinding hidden = analyzer.suppressionFor(error, broken);
        assertThat(ExportPreflight.warning(analyzer.analyze(broken.withSuppression(hidden)))).isEmpty();
    }
}
