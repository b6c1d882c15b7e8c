package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void matchesPublishedValues() {
        // Reference values: Wilson score interval, z = 1.96 (e.g. Newcombe 1998, Table I; R's binom.confint "wilson")
        WilsonInterval half = WilsonInterval.of(5, 10);
        assertThat(half.low()).isCloseTo(0.2366, within(1e-4));
        assertThat(half.high()).isCloseTo(0.7634, within(1e-4));
        WilsonInterval some = WilsonInterval.of(81, 263);
        assertThat(some.low()).isCloseTo(0.2553, within(1e-4));
        assertThat(some.high()).isCloseTo(0.3662, within(1e-4));
    }

    @Test
    void staysInsideZeroAndOneAtTheEdges() {
        WilsonInterval none = WilsonInterval.of(0, 10);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(1e-4));
        WilsonInterval all = WilsonInterval.of(10, 10);
        assertThat(all.low()).isCloseTo(0.7225, within(1e-4));
        assertThat(all.high()).isEqualTo(1.0);
    }

    @Test
    void noTrialsHaveNoInterval() {
        assertThat(WilsonInterval.of(0, 0).low()).isNaN();
        assertThat(WilsonInterval.of(0, 0).high()).isNaN();
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
