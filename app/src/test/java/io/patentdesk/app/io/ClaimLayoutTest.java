package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims laid out with their elements indented (37 CFR 1.75(i)); "|" separates lines, ">" marks an indented one. */
class ClaimLayoutTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "1. A bicycle comprising: a frame; a wheel; and a seat. # 1. A bicycle comprising:|>a frame;|>a wheel; and|>a seat.",
        "1. A method comprising: heating a bath (to 40 °C; or more); and stirring it. # 1. A method comprising:|>heating a bath (to 40 °C; or more); and|>stirring it.",
        "1. A lamp comprising a bulb and a socket. # 1. A lamp comprising a bulb and a socket.",
        "1. A lamp comprising: a bulb. # 1. A lamp comprising:|>a bulb.",
        "2. The lamp of claim 1, wherein the bulb is red. # 2. The lamp of claim 1, wherein the bulb is red.",
        "1. A kit having a box; a lid; and/or a tray. # 1. A kit having a box;|>a lid; and/or|>a tray.",
        "1. A bicycle comprising:\\n  a frame;\\n  a seat. # 1. A bicycle comprising:|>a frame;|>a seat.",
        "What is claimed is:\\n1. A lamp. # What is claimed is:|1. A lamp.",
        "1. 一种灯，包括：灯泡；和灯座。 # 1. 一种灯，包括：灯泡；和灯座。",
    })
    void elementsAreIndentedUnderTheClaim(String claims, String expected) {
        List<ClaimLayout.Line> lines = ClaimLayout.of(claims.replace("\\n", "\n"));
        String shown = String.join("|", lines.stream().map(l -> (l.element() ? ">" : "") + l.text()).toList());
        assertThat(shown).isEqualTo(expected);
        assertThat(lines.getLast().lastOfClaim()).isTrue();
    }
}
