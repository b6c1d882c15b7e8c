package io.patentdesk.app.matter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A comment finds its text again after edits: in place, moved, the nearest of several, or gone. */
class CommentTest {
    private static final String BEFORE = "1. A lamp comprising a bulb and a socket.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text after the edit                                   | new start, or -1 when the quote is gone
        "1. A lamp comprising a bulb and a socket.               | 23",
        "1. A desk lamp comprising a bulb and a socket.          | 28",
        "1. A lamp comprising a bulb, a bulb and a socket.       | 23",
        "1. A lamp comprising a socket.                          | -1",
        "''                                                      | -1",
    })
    void followsItsQuote(String after, int start) {
        Comment c = Comment.on(Comment.CLAIMS, BEFORE, 23, 27, "Which bulb?");
        var moved = c.anchoredIn(after);
        if (start < 0) {
            assertThat(moved).isEmpty();
        } else {
            assertThat(moved).get().satisfies(m -> {
                assertThat(m.start()).isEqualTo(start);
                assertThat(after.substring(m.start(), m.end())).isEqualTo("bulb");
                assertThat(m.id()).isEqualTo(c.id());
            });
        }
    }
}
