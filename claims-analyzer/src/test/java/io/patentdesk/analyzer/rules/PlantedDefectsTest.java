package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table of planted defects per rule. Each text marks the span the finding must underline with ⟦ ⟧; the test
 * removes the marks and checks rule, severity, claim and exact offsets. Recall must stay at 100 %.
 */
class PlantedDefectsTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final String SPEC = "The lamp has a bulb 12, a socket 14 and a lever. A gear may be used.";

    /**
     * A planted defect: {@code part} holds the marked text; the other parts are plain. {@code severity} is what the
     * finding must have when it is not the rule's usual one (a rule may report a less sure finding lower).
     */
    record Case(String rule, Part part, String marked, Integer claim, Severity severity) {
        Case(String rule, Part part, String marked, Integer claim) {
            this(rule, part, marked, claim, null);
        }

        @Override
        public String toString() {
            return rule + ": " + marked.replace("\n", " / ");
        }
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        // claim-numbering
        c.add(claims("claim-numbering", 3, "1. A lamp.\n⟦3.⟧ The lamp of claim 1."));
        c.add(claims("claim-numbering", 1, "1. A lamp.\n⟦1.⟧ A bulb."));
        c.add(claims("claim-numbering", 0, "⟦0.⟧ A lamp."));
        c.add(claims("claim-numbering", 99999, "1. A lamp.\n2. A bulb.\n⟦99999.⟧ A socket."));
        c.add(claims("claim-numbering", 2, "1. A lamp.\n3. A bulb.\n⟦2.⟧ A socket."));
        // claim-period
        c.add(claims("claim-period", 1, "1. A lamp comprising a ⟦bulb⟧"));
        c.add(claims("claim-period", 1, "1. A lamp comprising a bulb⟦.⟧ The bulb is red."));
        c.add(claims("claim-period", 2, "1. A lamp.\n2. The lamp of claim 1, wherein it glows⟦..⟧"));
        // dependency-missing
        c.add(claims("dependency-missing", 2, "1. A lamp.\n2. The lamp of claim ⟦2⟧, wherein it is red."));
        c.add(claims("dependency-missing", 1, "1. The lamp of claim ⟦2⟧.\n2. The lamp of claim 1."));
        c.add(claims("dependency-missing", 2, "1. A lamp.\n2. The lamp of claim ⟦7⟧, wherein it is red."));
        c.add(claims("dependency-missing", 2, "1. A lamp.\n2 . The lamp according to claim ⟦5⟧ , wherein it is red ."));
        // multiple-dependent-form
        c.add(claims("multiple-dependent-form", 3, "1. A lamp.\n2. A lamp.\n3. The lamp of ⟦claims 1 and 2⟧, wherein it is red."));
        c.add(claims("multiple-dependent-form", 4, "1. A lamp.\n2. A lamp.\n3. A lamp.\n4. The lamp as claimed in ⟦claims 1-3⟧, wherein it is red."));
        // multiple-dependent-chain
        c.add(claims("multiple-dependent-chain", 4, "1. A lamp.\n2. The lamp of claim 1, wherein it is red.\n"
                + "3. The lamp of claim 1 or 2, wherein it is big.\n4. The lamp of ⟦claim 2 or 3⟧, wherein it is round."));
        c.add(claims("multiple-dependent-chain", 5, "1. A lamp.\n2. The lamp of claim 1, wherein it is red.\n"
                + "3. The lamp of claim 1 or 2, wherein it is big.\n4. The lamp of claim 3, wherein it glows.\n"
                + "5. The lamp of ⟦claim 1 or 4⟧, wherein it is hot."));
        // dependency-category
        c.add(claims("dependency-category", 2, "1. A lamp comprising a bulb.\n2. ⟦The method⟧ of claim 1, further comprising switching the bulb on."));
        c.add(claims("dependency-category", 3, "1. A method of lighting, comprising switching a bulb on.\n2. The method of claim 1, wherein the bulb is red.\n"
                + "3. ⟦The apparatus⟧ according to claim 2, wherein the bulb is an LED."));
        // antecedent-basis
        c.add(claims("antecedent-basis", 2, "1. A lamp comprising a socket.\n2. The lamp of claim 1, wherein ⟦the bulb⟧ is bright."));
        c.add(claims("antecedent-basis", 1, "1. A lamp comprising a lever, wherein ⟦said aluminum lever⟧ is long."));
        c.add(claims("antecedent-basis", 1, "1. A lamp comprising a first gear, wherein ⟦the second gear⟧ turns."));
        c.add(claims("antecedent-basis", 3, "1. A lamp comprising a bulb.\n2. A lamp comprising a socket.\n"
                + "3. The lamp of claim 1 or 2, wherein ⟦the bulb⟧ is red."));
        c.add(claims("antecedent-basis", 3, "1. A lamp comprising a base.\n2. The lamp of claim 1, further comprising a bulb.\n"
                + "3. The lamp of claim 1, wherein ⟦the bulb⟧ is red."));
        c.add(claims("antecedent-basis", 2, "1. A light comprising a bulb.\n2. ⟦The lamp⟧ of claim 1, wherein the bulb is red."));
        c.add(claims("antecedent-basis", 1, "1. A lamp wherein ⟦the bulb⟧ is red, the lamp comprising a bulb."));
        c.add(claims("antecedent-basis", 2, "1 . A spoke comprising a hub .\n2 . The spoke according to claim 1 , wherein ⟦the rim⟧ is round ."));
        // ambiguous-antecedent
        c.add(claims("ambiguous-antecedent", 1, "1. A gearbox comprising a first gear and a second gear, wherein ⟦the gear⟧ is steel."));
        c.add(claims("ambiguous-antecedent", 2, "1. A gearbox comprising a first gear.\n2. The gearbox of claim 1, further comprising a second gear, wherein ⟦said gear⟧ is steel."));
        // inconsistent-term
        c.add(claims("inconsistent-term", 2, "1. A tractor comprising a three-point hitch.\n2. The tractor of claim 1, wherein the ⟦three point⟧ hitch is raised."));
        // indefinite-term
        c.add(claims("indefinite-term", 1, "1. A lamp comprising a ⟦substantially⟧ round bulb."));
        c.add(new Case("indefinite-term", Part.CLAIMS, "1. A lamp having a bulb of ⟦about⟧ 5 watts.", 1, Severity.INFO));
        c.add(claims("indefinite-term", 1, "1. A lamp having a bulb of ⟦approximately⟧ high power."));
        c.add(claims("indefinite-term", 1, "1. A lamp comprising a metal ⟦such as⟧ steel."));
        c.add(claims("indefinite-term", 1, "1. A lamp comprising a bulb that ⟦may⟧ glow."));
        // means-plus-function
        c.add(claims("means-plus-function", 1, "1. A lamp comprising ⟦means for⟧ emitting light."));
        c.add(claims("means-plus-function", 1, "1. A lamp comprising a control ⟦module configured to⟧ dim the lamp."));
        c.add(claims("means-plus-function", 1, "1. A method comprising a ⟦step for⟧ heating."));
        c.add(claims("means-plus-function", 1, "1. A lamp comprising a drive ⟦unit for⟧ turning the lamp."));
        // unsupported-term (the description is SPEC)
        c.add(claims("unsupported-term", 1, "1. A lamp comprising a bulb and a ⟦reflector⟧."));
        c.add(claims("unsupported-term", 1, "1. A lamp comprising a bulb and a ⟦glass socket⟧."));
        // reference-numeral (description)
        c.add(new Case("reference-numeral", Part.DESCRIPTION, "The bike has a handlebar 16. The ⟦seat 16⟧ is soft.", null));
        c.add(new Case("reference-numeral", Part.DESCRIPTION, "The front wheel 14 turns. The ⟦front wheel 18⟧ is big.", null));
        // input-quality: one warning, underlining the first suspect spot
        c.add(claims("input-quality", null, "1. A catheter comprising a tube.\n2. The catheter of claim 1, wherein the tube is "
                + "soft. ⟦60⟧ 3. The catheter of claim 2, wherein the tube is red."));
        c.add(claims("input-quality", null, "1. A lamp comprising a bulb.\n2. The lamp of ⟦claim I⟧, wherein the bulb is red."));
        c.add(claims("input-quality", null, "1. A lamp comprising a bulb.\n⟦No references cited.⟧"));
        c.add(claims("input-quality", null, "1. A lamp comprising a bulb.\n2. The lamp ⟦ofclaim 1further⟧ comprising a socket."));
        c.add(claims("input-quality", null, "1. A lamp comprising a bulb.\n2. ⟦the socket is screwed to the base.⟧"));
        c.add(claims("reference-numeral", 1, "1. A lamp comprising a ⟦bulb (13)⟧ and a socket (14)."));
        // abstract-length, title-length
        c.add(new Case("abstract-length", Part.ABSTRACT, "word ".repeat(150) + "⟦over the limit.⟧", null));
        c.add(new Case("title-length", Part.TITLE, "T".repeat(500) + "⟦xyz⟧", null));
        return c.stream();
    }

    private static Case claims(String rule, Integer claim, String marked) {
        return new Case(rule, Part.CLAIMS, marked, claim);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsThePlantedDefectAtItsExactSpan(Case k) {
        int s = k.marked().indexOf('⟦');
        int e = k.marked().indexOf('⟧') - 1;
        String text = k.marked().replace("⟦", "").replace("⟧", "");
        Report r = ANALYZER.analyze(document(k.part(), text));
        Rule rule = Analyzer.defaultRules().stream().filter(x -> x.id().equals(k.rule())).findFirst().orElseThrow();
        assertThat(r.findings())
                .as("findings of %s", k.rule())
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(k.rule());
                    assertThat(f.severity()).isEqualTo(k.severity() == null ? rule.severity() : k.severity());
                    if (k.severity() == null) {
                        assertThat(f.citation()).isEqualTo(rule.citation());
                    }
                    assertThat(f.citation()).isNotBlank();
                    assertThat(f.part()).isEqualTo(k.part());
                    assertThat(f.claim()).isEqualTo(k.claim());
                    assertThat(text.substring(f.start(), f.end())).isEqualTo(text.substring(s, e));
                    assertThat(f.start()).isEqualTo(s);
                    assertThat(f.message()).isNotBlank();
                });
    }

    @Test
    void everyRuleHasPlantedDefects() {
        List<String> covered = cases().map(Case::rule).distinct().toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                // distinct: antecedent-basis and ambiguous-antecedent each have an English and a Chinese rule
                Analyzer.defaultRules().stream().map(Rule::id).filter(Office.USPTO.pack()::applies).distinct().toList());
    }

    @Test
    void recallIsComplete() {
        long found = cases().filter(k -> {
            String text = k.marked().replace("⟦", "").replace("⟧", "");
            int s = k.marked().indexOf('⟦');
            return ANALYZER.analyze(document(k.part(), text)).findings().stream()
                    .anyMatch(f -> f.rule().equals(k.rule()) && f.start() == s);
        }).count();
        assertThat(found).isEqualTo(cases().count());
    }

    static Document document(Part part, String text) {
        return switch (part) {
            case CLAIMS -> Document.of("Lamp", "", SPEC, text);
            case DESCRIPTION -> Document.of("Bike", "", text, "1. A bike comprising a seat.");
            case ABSTRACT -> Document.of("Lamp", text, "", "1. A lamp.");
            case TITLE -> Document.of(text, "", "", "1. A lamp.");
        };
    }

    static boolean hasError(Report r) {
        return r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    static List<Finding> errors(Report r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
