package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Suppressions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Antecedent basis in German and French claims under the EPO pack: only the explicit markers (ledit, ladite, dudit ...;
 * der genannte, besagte, die erwähnten ...) are checked, never a definite article alone. Claims written after the
 * wording of real EP claim sets.
 */
class EuropeanAntecedentWalkTest {

    private static final Analyzer ANALYZER = new Analyzer();

    /** One row: the claims, then what is found: the rule, severity, confidence and underlined text; or nothing. */
    record Row(String name, String claims, String rule, Severity severity, Confidence confidence, String underlined) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row none(String name, String claims) {
        return new Row(name, claims, null, null, null, null);
    }

    static Stream<Row> rows() {
        return Stream.of(
                none("French: ledit after un, through the claim it depends on",
                        "1. Dispositif de pompage comprenant un carter (2) et un rotor (3) monté dans ledit carter.\n"
                                + "2. Dispositif selon la revendication 1, dans lequel ledit rotor comporte des pales."),
                none("French: plural basis for a singular reference, and -aux for -al",
                        "1. Appareil comprenant des capteurs (5) délivrant des signaux, l'un desdits capteurs étant"
                                + " relié à un calculateur, ledit calculateur traitant chaque signal.\n"
                                + "2. Appareil selon la revendication 1, dans lequel ledit capteur est optique et"
                                + " ledit signal est numérique."),
                none("French: elided introduction (d'un, l') and dudit, de ladite, auxdits",
                        "1. Procédé de fabrication d'une composition, selon lequel on introduit l'hydrocyclone dans"
                                + " un réacteur et des particules, la sortie dudit hydrocyclone étant reliée à l'entrée"
                                + " de ladite composition et auxdites particules."),
                none("French: a definite article alone is not checked",
                        "1. Serrure comprenant un pêne, caractérisée en ce que la gâche est en acier."),
                none("French: ordinals and numbers between marker and noun",
                        "1. Bras articulé comprenant un premier bras et un deuxième bras, lesdits premier et deuxième"
                                + " bras étant mobiles, une poulie menée solidaire dudit deuxième bras et une mesure"
                                + " de deux grandeurs, desdites deux grandeurs étant comparées."),
                none("French: claim words after a marker are claims, not things",
                        "1. Module comprenant un bouclier.\n2. Module selon la revendication 1, dans lequel"
                                + " ledit bouclier est plat, comme le disent lesdites revendications."),
                new Row("French: a noun written nowhere before is an error",
                        "1. Dispositif comprenant un carter.\n2. Dispositif selon la revendication 1, dans lequel"
                                + " ledit rotor est monté dans ledit carter.",
                        "antecedent-basis", Severity.ERROR, Confidence.CERTAIN, "ledit rotor"),
                new Row("French: written only later in the claim is a warning",
                        "1. Dispositif comprenant un carter, ladite bride étant fixée au carter par une bride (4).",
                        "antecedent-basis", Severity.WARNING, Confidence.LIKELY, "ladite bride"),
                new Row("French: every alternative of a multiple dependency needs the basis",
                        "1. Lampe comprenant un socle.\n2. Lampe selon la revendication 1, comprenant une ampoule.\n"
                                + "3. Lampe selon la revendication 1 ou 2, dans laquelle ladite ampoule est blanche.",
                        "antecedent-basis", Severity.ERROR, Confidence.CERTAIN, "ladite ampoule"),
                new Row("French: ledit X after only a first and a second X is ambiguous",
                        "1. Machine comprenant un premier arbre et un second arbre, ledit arbre étant entraîné par un"
                                + " moteur.",
                        "ambiguous-antecedent", Severity.WARNING, Confidence.LIKELY, "ledit arbre"),
                none("French: a plural marker after a first and a second one names both",
                        "1. Capteur délivrant une première grandeur et une seconde grandeur, la mesure desdites deux"
                                + " grandeurs étant comparée."),
                none("French: la revendication précédente is the claim just before",
                        "1. Module comprenant des équipements.\n2. Module selon la revendication précédente, dans"
                                + " lequel lesdits équipements sont choisis dans une liste."),
                none("German: der genannte after ein, with case endings and plural",
                        "1. Führungsschiene für einen Rollpanzer mit einem Profil und mehreren Stäben, wobei der"
                                + " genannte Rollpanzer an dem genannten Profil geführt ist.\n"
                                + "2. Führungsschiene nach Anspruch 1, wobei die genannten Stäbe und der besagte Stab"
                                + " aus Aluminium bestehen und des genannten Profils Ende offen ist."),
                none("German: a plural marker after a first and a second one names both",
                        "1. Getriebe mit einem ersten Zahnrad und einem zweiten Zahnrad, wobei die genannten"
                                + " Zahnräder gehärtet sind."),
                none("German: umlaut plural and an adjective between marker and noun",
                        "1. Fahrzeug mit einem Rad, wobei die genannten drehbaren Räder gelenkt werden."),
                none("German: der genannte is not a marker without its article; die in Anspruch 1 genannten",
                        "1. Verfahren zum Beschichten.\n2. Verfahren nach Anspruch 1, wobei die in Anspruch 1"
                                + " genannten Schichten und so genannte Lacke verwendet werden."),
                none("German: a definite article alone is not checked",
                        "1. Schloss mit einem Riegel, dadurch gekennzeichnet, dass die Falle aus Stahl ist."),
                new Row("German: a noun written nowhere before is an error",
                        "1. Pumpe mit einem Gehäuse.\n2. Pumpe nach Anspruch 1, wobei der genannte Kolben im"
                                + " Gehäuse gleitet.",
                        "antecedent-basis", Severity.ERROR, Confidence.CERTAIN, "der genannte Kolben"),
                new Row("German: besagter without an article",
                        "1. Pumpe mit einem Gehäuse, wobei besagter Kolben im Gehäuse gleitet.",
                        "antecedent-basis", Severity.ERROR, Confidence.CERTAIN, "besagter Kolben"),
                new Row("German: a compound with the same head is a warning, not an error",
                        "1. Schaltgetriebe mit einem Schalthebel, wobei der genannte Hebel verschwenkbar ist.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, "der genannte Hebel"),
                new Row("German: a marker summing up a list is a warning",
                        "1. Mittel enthaltend Staphylococcus aureus oder Bacillus subtilis oder Mischungen der"
                                + " vorgenannten Keime.",
                        "antecedent-basis", Severity.WARNING, Confidence.POSSIBLE, "der vorgenannten Keime"),
                new Row("German: der genannte X after only ein erster and ein zweiter X is ambiguous",
                        "1. Getriebe mit einem ersten Zahnrad und einem zweiten Zahnrad, wobei das genannte Zahnrad"
                                + " gehärtet ist.",
                        "ambiguous-antecedent", Severity.WARNING, Confidence.LIKELY, "das genannte Zahnrad"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsWhatTheMarkersCallFor(Row row) {
        List<Finding> found = antecedent(row.claims());
        if (row.rule() == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(row.rule());
            assertThat(f.severity()).isEqualTo(row.severity());
            assertThat(f.confidence()).isEqualTo(row.confidence());
            assertThat(row.claims().substring(f.start(), f.end())).isEqualTo(row.underlined());
            assertThat(f.citation()).isEqualTo("Art. 84 EPC (clarity); Guidelines F-IV, 4.1");
        });
    }

    @Test
    void theMessageNamesTheNounTheClaimAndHowToIntroduceIt() {
        String claims = "1. Dispositif comprenant un carter.\n2. Dispositif selon la revendication 1, dans lequel"
                + " ledit rotor tourne.";
        assertThat(antecedent(claims)).singleElement().satisfies(f -> {
            assertThat(f.term()).isEqualTo("rotor");
            assertThat(f.message()).contains("rotor is not introduced in claim 2 or the claims it depends on")
                    .contains("un, une, des").contains("ledit");
        });
    }

    @Test
    void aNounIntroducedOnlyInAClaimNotReliedOnSaysWhichClaimHasIt() {
        String claims = "1. Pumpe mit einem Gehäuse.\n2. Pumpe nach Anspruch 1, mit einem Kolben.\n"
                + "3. Pumpe nach Anspruch 1, wobei der genannte Kolben aus Stahl ist.";
        assertThat(antecedent(claims)).singleElement().satisfies(f -> {
            assertThat(f.claim()).isEqualTo(3);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("claim 2 introduces it, but claim 3 does not depend on it");
        });
    }

    @Test
    void englishClaimsAreLeftToTheEnglishWalk() {
        // "said" and "the" are the English walk's; "audit" in English is no French marker
        String claims = "1. A method comprising an audit of a ledger, wherein said ledger is stored.";
        assertThat(antecedent(claims)).isEmpty();
    }

    private static List<Finding> antecedent(String claims) {
        Report r = ANALYZER.analyze(Document.ofClaims(claims), Office.EPO, Suppressions.none());
        return r.findings().stream().filter(f -> f.rule().equals("antecedent-basis")
                || f.rule().equals("ambiguous-antecedent")).toList();
    }
}
