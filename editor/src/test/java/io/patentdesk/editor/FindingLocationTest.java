package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A finding's location is shown in words, never as the part's internal key. */
class FindingLocationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "detailed_description              | 0 | Detailed description",
        "brief_description_of_the_drawings | 0 | Brief description of the drawings",
        "technical_field                   | 0 | Technical field",
        "abstract                          | 0 | Abstract",
        "claims                            | 3 | Claim 3",
        "''                                | 0 | ''",
    })
    void readsAsWords(String part, int claim, String shown) {
        FindingItem f = new FindingItem("k", Severity.ERROR, "r", "r", part, claim, 0, 1, "m", "c");
        assertThat(f.location()).isEqualTo(shown);
    }
}
