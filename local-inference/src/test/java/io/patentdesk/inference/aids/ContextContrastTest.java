package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.patentdesk.inference.Sampling;
import org.junit.jupiter.api.Test;

class ContextContrastTest {

    @Test
    void leansAwayFromWhatTheModelSaysWithoutTheInput() {
        float[] with = {2f, 1f, 0f};
        new ContextContrast(1.0, 0).apply(with, new float[] {2f, 0f, 0f});
        // (1 + 1) * with - 1 * without: the token only the input supports now leads.
        assertThat(with).containsExactly(2f, 2f, 0f);
    }

    @Test
    void alphaScalesTheContrast() {
        float[] with = {1f, 3f};
        new ContextContrast(0.5, 0).apply(with, new float[] {3f, 1f});
        assertThat(with[0]).isCloseTo(1.5f * 1f - 0.5f * 3f, within(1e-6f));
        assertThat(with[1]).isCloseTo(1.5f * 3f - 0.5f * 1f, within(1e-6f));
    }

    @Test
    void tokensBelowThePlausibilityLimitDropButStayFinite() {
        // Probabilities relative to the best token: exp(0)=1, exp(-1)=0.37, exp(-3)=0.05.
        float[] with = {5f, 4f, 2f};
        new ContextContrast(1.0, 0.1).apply(with, new float[] {5f, 4f, -20f});
        assertThat(with[0]).isEqualTo(5f);
        assertThat(with[1]).isEqualTo(4f);
        // Without the limit the fragment would win by far (2 * 2 + 20 = 24); with it, it is out of reach.
        assertThat(with[2]).isEqualTo(24f - ContextContrast.IMPLAUSIBLE);
        assertThat(Float.isFinite(with[2])).isTrue();
    }

    @Test
    void withoutALimitEveryTokenIsPlausible() {
        float[] with = {50f, -50f};
        new ContextContrast(1.0, 0).apply(with, new float[] {0f, 0f});
        assertThat(with).containsExactly(100f, -100f);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new ContextContrast(0, 0.1)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new ContextContrast(Double.NaN, 0.1)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new ContextContrast(1e39, 0.1)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new ContextContrast(0.5, 1)).hasMessageContaining("plausibility");
        assertThatThrownBy(() -> new ContextContrast(0.5, -0.1)).hasMessageContaining("plausibility");
        assertThatThrownBy(() -> PatentAidSettings.NONE.withContextContrast(-1)).hasMessageContaining("context contrast");
        assertThatThrownBy(() -> PatentAidSettings.NONE.withContextContrast(1e39)).hasMessageContaining("context contrast");
        assertThatThrownBy(() -> PatentAidSettings.NONE.withPlausibility(1.5)).hasMessageContaining("plausibility");
    }
}
