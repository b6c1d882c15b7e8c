package io.patentdesk.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of the UI benchmark: the synthetic specification and the percentiles it reports. */
class UiBenchmarkPartsTest {

    @Test
    void largeSpecificationHasTheAskedSize() {
        String s = LargeSpecification.make(100_000);
        assertThat(s.length()).isBetween(100_000, 101_000);
        assertThat(s).contains("FIG. 1", "lever 12");
    }

    @Test
    void percentilesPickTheRankedValue() {
        List<Double> v = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            v.add((double) i);
        }
        assertThat(UiBenchmark.percentile(v, 95)).isEqualTo(95.0);
        assertThat(UiBenchmark.percentile(v, 50)).isEqualTo(50.0);
        assertThat(UiBenchmark.percentile(List.of(), 95)).isZero();
    }
}
