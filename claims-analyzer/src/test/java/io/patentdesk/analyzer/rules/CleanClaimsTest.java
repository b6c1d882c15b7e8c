package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Correct drafting that must not raise an error: the false positives users complain about. */
class CleanClaimsTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @ParameterizedTest
    @ValueSource(strings = {
        "1. A lamp comprising a bulb and an aluminum lever.\n2. The lamp of claim 1, wherein the lever is long and the bulb is red.\n"
                + "3. The lamp of claim 1 or 2, wherein the bulb is bright.\n4. The lamp of claim 3, wherein the lamp is on.",
        "1. A lamp comprising a plurality of bulbs, wherein the bulbs are red and each bulb is round.",
        "1. A lamp comprising two bulbs, wherein the first bulb is red and the second bulb is blue.",
        "1. A lamp comprising one or more bulbs, wherein the bulbs glow.",
        "1. A lamp comprising at least one bulb, wherein the at least one bulb glows.",
        "1. A lamp comprising a bulb (12) and a socket (14), wherein the bulb (12) sits in the socket.",
        "1 . A lamp comprising a bulb .\n2 . The lamp according to claim 1 , wherein the bulb is red .",
        "1. A lamp as shown in FIG. 1 with a bulb of 1.5 W, e.g. an LED, etc., and a cap.",
        "1. A lamp.\n2. The lamp of claim 1, wherein it glows.\n3. The lamp of claim 1 or 2, wherein it is red.\n4. The lamp of claim 3, wherein it is big.",
        "1. A method of lighting a room, the method comprising: providing a lamp; and switching the lamp on.",
        "1. A lamp comprising circuitry, wherein the circuitry dims the lamp.",
        "1. A lamp comprising a shade, wherein the outer surface of the shade is white.",
        "1. A lamp comprising a first gear and a second gear, wherein the first gear meshes with the second gear.",
        "1. A lamp comprising a lever, wherein the lever rotates about an axis.",
        "1. A method comprising: separating an item from a pile; and carrying the separated item away.",
        "1. A method comprising determining a value, wherein the determination is repeated.",
        "1. The ornamental design for a lamp, as shown and described.",
        "1. A composition consisting of iron and the balance carbon.",
        "1. A lamp comprising a passage, and a valve closing said passage adjacent the lamp.",
        "1. A lamp comprising a pair of arms, wherein the pairs are bent.",
        "1. A lamp comprising Session Initiation Protocol (SIP) circuitry, wherein the SIP circuitry is on.",
        "1. A lamp.\n2. (Canceled)\n3. The lamp of claim 1, wherein the lamp is on.",
    })
    void raisesNoError(String claims) {
        Report r = ANALYZER.analyze(Document.ofClaims(claims));
        assertThat(PlantedDefectsTest.errors(r)).as(claims).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. A lamp comprising a shade pivoting about an axis. | indefinite-term",
        "1. An apparatus for lighting comprising a bulb.      | means-plus-function",
        "1. A lamp comprising a lever, wherein the lever is moved by means of a spring. | means-plus-function",
        "1. A bike.\\n2. The bike of claim 1.                | reference-numeral",
    })
    void raisesNoFindingOfThisRule(String claims, String rule) {
        Report r = ANALYZER.analyze(Document.of("Bike", "", "The wheels 14, 18 turn. A gap of 5 mm. A wheel 14 and the wheel 14 are one.", claims.replace("\\n", "\n")));
        assertThat(r.findings()).extracting(Finding::rule).doesNotContain(rule);
    }
}
