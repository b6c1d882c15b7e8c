package io.patentdesk.app.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            TECHNICAL FIELD                                   | TECHNICAL_FIELD
            Field of the Invention                            | TECHNICAL_FIELD
            BACKGROUND OF THE INVENTION                       | BACKGROUND
            1. Background:                                    | BACKGROUND
            Description of the Related Art                    | BACKGROUND
            SUMMARY                                           | SUMMARY
            BRIEF DESCRIPTION OF THE DRAWINGS                 | BRIEF_DESCRIPTION_OF_THE_DRAWINGS
            DETAILED DESCRIPTION OF THE PREFERRED EMBODIMENTS  | DETAILED_DESCRIPTION
            Abstract of the Disclosure                        | ABSTRACT
            ABSTRACT                                          | ABSTRACT
            DETAILED DESCRIPTION OF A PREFERRED EMBODIMENT    | DETAILED_DESCRIPTION
            DESCRIPTION OF THE PREFERRED EMBODIMENTS          | DETAILED_DESCRIPTION
            BRIEF SUMMARY OF THE INVENTION                    | SUMMARY
            BRIEF DESCRIPTION OF THE SEVERAL VIEWS OF THE DRAWING | BRIEF_DESCRIPTION_OF_THE_DRAWINGS
            FIELD OF THE INVENTION                            | TECHNICAL_FIELD
            The background of hinges is long.                 |
            Background art includes hinges, pins and levers.  |
            In summary, a hinge.                              |
            """)
    void headingsAreRecognisedOnlyAsWholeLines(String line, String expected) {
        Optional<Section> s = Section.ofHeading(line);
        assertThat(s.map(Enum::name).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"title", "technical_field", "abstract"})
    void storageKeysRoundTrip(String key) {
        assertThat(Section.ofKey(key)).get().extracting(Section::key).isEqualTo(key);
    }
}
