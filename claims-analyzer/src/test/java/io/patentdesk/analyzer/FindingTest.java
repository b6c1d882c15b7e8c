package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void anErrorIsNeverOnlyPossible() {
        assertThatThrownBy(() -> new Finding("antecedent-basis", Severity.ERROR, 1, 0, 3, Part.CLAIMS, "m",
                "MPEP 2173.05(e)", "cap", Confidence.POSSIBLE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("antecedent-basis");
        Finding likely = new Finding("antecedent-basis", Severity.ERROR, 1, 0, 3, Part.CLAIMS, "m",
                "MPEP 2173.05(e)", "cap", Confidence.LIKELY);
        assertThat(likely.confidence().id()).isEqualTo("likely");
        Finding warning = new Finding("antecedent-basis", Severity.WARNING, 1, 0, 3, Part.CLAIMS, "m",
                "MPEP 2173.05(e)", "cap", Confidence.POSSIBLE);
        assertThat(warning.confidence().id()).isEqualTo("possible");
    }

    @Test
    void aFindingWithoutAConfidenceIsCertainAndTheFingerprintIgnoresIt() {
        Finding plain = new Finding("claim-period", Severity.ERROR, 2, 4, 5, Part.CLAIMS, "m", "MPEP 608.01(m)", null);
        assertThat(plain.confidence()).isEqualTo(Confidence.CERTAIN);
        Finding likely = new Finding("claim-period", Severity.ERROR, 2, 4, 5, Part.CLAIMS, "m", "MPEP 608.01(m)",
                null, Confidence.LIKELY);
        assertThat(likely.fingerprint()).isEqualTo(plain.fingerprint());
    }
}
