package io.patentdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecallAtKTest {
    @Test
    void aQueryCountsOnceAtTheRankOfItsFirstRightAnswer() {
        RecallAtK r = new RecallAtK();
        r.add(List.of(7, 1, 2), x -> x == 7);        // right first
        r.add(List.of(1, 2, 7, 7), x -> x == 7);     // right third (and fourth: counted once)
        r.add(List.of(1, 2, 3, 7), x -> x == 7);     // right fourth: beyond @3
        r.add(List.<Integer>of(), x -> x == 7);              // nothing found
        r.add(List.of(7, 7), x -> x == 7);           // two right answers: still one query
        assertThat(r.queries()).isEqualTo(5);
        assertThat(r.at(1)).isEqualTo(2 / 5.0);
        assertThat(r.at(3)).isEqualTo(3 / 5.0);
        assertThat(r.at(4)).isEqualTo(4 / 5.0);
        assertThat(r.at(100)).isEqualTo(4 / 5.0);
    }

    @Test
    void noQueriesIsNoRecallAndKBelowOneIsRefused() {
        assertThat(new RecallAtK().at(3)).isZero();
        assertThatThrownBy(() -> new RecallAtK().at(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
