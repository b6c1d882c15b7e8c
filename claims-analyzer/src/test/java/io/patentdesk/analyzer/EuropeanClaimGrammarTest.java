package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser reads EPO claims in English, German and French, and CNIPA claims in Chinese (simplified, and traditional as
 * filed from Taiwan): references, their mode, categories.
 */
class EuropeanClaimGrammarTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Lampe nach Anspruch 1, wobei die Birne rot ist.|[1]|SINGLE|Anspruch 1",
        "Lampe nach Anspruch 1 oder 2, wobei die Birne rot ist.|[1, 2]|ALTERNATIVE|Anspruch 1 oder 2",
        "Lampe nach einem der Ansprüche 1 bis 3, wobei die Birne rot ist.|[1, 2, 3]|ALTERNATIVE|einem der Ansprüche 1 bis 3",
        "Lampe nach den Ansprüchen 1 und 2, wobei die Birne rot ist.|[1, 2]|CUMULATIVE|Ansprüchen 1 und 2",
        "Lampe nach einem der vorhergehenden Ansprüche, wobei die Birne rot ist.|[1, 2, 3]|ALTERNATIVE|einem der vorhergehenden Ansprüche",
        "Vorrichtung nach einem vorstehenden Anspruch, wobei die Birne rot ist.|[1, 2, 3]|ALTERNATIVE|einem vorstehenden Anspruch",
        "Verfahren nach einem oder mehreren der vorhergehenden Ansprüche, dadurch gekennzeichnet, dass die Birne rot ist.|[1, 2, 3]|ALTERNATIVE|einem oder mehreren der vorhergehenden Ansprüche",
        "Ensemble selon une quelconque revendication précédente, dans lequel l'ampoule est rouge.|[1, 2, 3]|ALTERNATIVE|une quelconque revendication précédente",
        "Lampe selon la revendication 2, dans laquelle l'ampoule est rouge.|[2]|SINGLE|revendication 2",
        "Lampe selon l'une quelconque des revendications 1 à 3, dans laquelle l'ampoule est rouge.|[1, 2, 3]|ALTERNATIVE|l'une quelconque des revendications 1 à 3",
        "Lampe selon la revendication 1 ou 3, dans laquelle l'ampoule est rouge.|[1, 3]|ALTERNATIVE|revendication 1 ou 3",
        "Lampe selon l'une des revendications précédentes, dans laquelle l'ampoule est rouge.|[1, 2, 3]|ALTERNATIVE|l'une des revendications précédentes",
        // the claim just before, or the two before (ep-claims EP1129640B1, EP1133937B1)
        "Lampe selon la revendication précédente, caractérisée en ce que l'ampoule est rouge.|[3]|SINGLE|la revendication précédente",
        "Lampe selon l'une des deux revendications précédentes, caractérisée en ce que l'ampoule est rouge.|[2, 3]|ALTERNATIVE|l'une des deux revendications précédentes",
        "Lampe nach dem vorhergehenden Anspruch, wobei die Birne rot ist.|[3]|SINGLE|dem vorhergehenden Anspruch",
        "Lampe nach einem der beiden vorhergehenden Ansprüche, wobei die Birne rot ist.|[2, 3]|ALTERNATIVE|einem der beiden vorhergehenden Ansprüche",
        "The lamp according to any one of the preceding claims, wherein the bulb is red.|[1, 2, 3]|ALTERNATIVE|any one of the preceding claims",
        "The lamp according to the first claim, wherein the bulb is red.|[1]|SINGLE|the first claim",
        "The lamp according to the first or second claim, wherein the bulb is red.|[1, 2]|ALTERNATIVE|the first or second claim",
    })
    void readsTheReferenceOfClaimFour(String claim4, String refs, ReferenceMode mode, String span) {
        String text = "1. Lampe.\n2. Lampe.\n3. Lampe.\n4. " + claim4 + "\n";
        Claim c = ClaimSet.parse(text).claims().get(3);
        assertThat(c.references().toString()).isEqualTo(refs);
        assertThat(c.referenceMode()).isEqualTo(mode);
        assertThat(text.substring(c.referenceSpan().start(), c.referenceSpan().end())).isEqualTo(span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "根据权利要求1所述的灯，其特征在于，所述灯泡为红色。|[1]|SINGLE|权利要求1",
        "如权利要求1或2所述的灯，其特征在于，所述灯泡为红色。|[1, 2]|ALTERNATIVE|权利要求1或2",
        "根据权利要求1-3中任一项所述的灯，其特征在于，所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|权利要求1-3中任一项",
        "权利要求１至３任一项所述的灯，其特征在于，所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|权利要求１至３任一项",
        "根据权利要求1和2所述的灯，其特征在于，所述灯泡为红色。|[1, 2]|CUMULATIVE|权利要求1和2",
        "一种用于权利要求1所述的灯的方法，包括点亮。|[]|NONE|",
        // every preceding claim, as translations from EP and PCT filings write it (cn-claims)
        "根据前述权利要求中任一项所述的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|前述权利要求中任一项",
        "根据前述权利要求中的任一项所述的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|前述权利要求中的任一项",
        "如前述任一权利要求所述的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|前述任一权利要求",
        "如前述任一项权利要求所述的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|前述任一项权利要求",
        "前述权利要求任一项的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|前述权利要求任一项",
        "根据任何前述权利要求所述的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|任何前述权利要求",
        "根据上述任一项权利要求所述的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|上述任一项权利要求",
        "根据前述权利要求1至2中任一项所述的灯，其中所述灯泡为红色。|[1, 2]|ALTERNATIVE|权利要求1至2中任一项",
        // "根据从属于权利要求17的权利要求19至21中任一项" (cn-claims CN111433270A): the claim depends on 19 to 21
        "根据从属于权利要求1的权利要求2至3中任一项所述的灯，其中所述灯泡为红色。|[2, 3]|ALTERNATIVE|权利要求2至3中任一项",
        // a character the PDF text layer lost ("根据权利要82所述的", cn-claims CN110832885A), a letter for a digit
        "根据权利要2所述的灯，其中所述灯泡为红色。|[2]|SINGLE|权利要2",
        "根据权利要1-3任一项所述的灯，其中所述灯泡为红色。|[1, 2, 3]|ALTERNATIVE|权利要1-3任一项",
        "根据权利3所述的灯，其中所述灯泡为红色。|[3]|SINGLE|权利3",
        "根据权利权利1所述的灯，其中所述灯泡为红色。|[1]|SINGLE|权利权利1",
        "如权利要求l所述的灯，其中所述灯泡为红色。|[1]|SINGLE|权利要求l",
        "如权利要求l或2所述的灯，其中所述灯泡为红色。|[1, 2]|ALTERNATIVE|权利要求l或2",
        // an independent claim using what other claims claim, opening with the verb (cn-claims)
        "包括权利要求1至3中任一项所述的灯的照明系统。|[]|NONE|",
        "由权利要求1-3任一项所述的方法获得的灯。|[]|NONE|",
        "采用权利要求1～3中任一项所述的灯照明的温室。|[]|NONE|",
        "使用如权利要求1-3中的任意一项所述的灯照明的方法，包括点亮。|[]|NONE|",
        "将权利要求1～3任一项所述的灯用于照明。|[]|NONE|",
    })
    void readsChineseReferencesOfClaimFour(String claim4, String refs, ReferenceMode mode, String span) {
        String text = "1.一种灯。\n2.一种灯。\n3.一种灯。\n4." + claim4 + "\n";
        Claim c = ClaimSet.parse(text).claims().get(3);
        assertThat(c.references().toString()).isEqualTo(refs);
        assertThat(c.referenceMode()).isEqualTo(mode);
        assertThat(c.referenceSpan() == null ? "" : text.substring(c.referenceSpan().start(), c.referenceSpan().end()))
                .isEqualTo(span == null ? "" : span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // traditional Chinese (Taiwan): the claim word 請求項 as in Japanese, the phrase as in simplified Chinese
        "如請求項1至3中任一項所述之燈，其中該燈泡為紅色。|[1, 2, 3]|ALTERNATIVE|請求項1至3中任一項",
        "根據請求項1或2所述的燈，其中所述燈泡為紅色。|[1, 2]|ALTERNATIVE|請求項1或2",
        "如請求項2所述之燈，其中該燈泡為紅色。|[2]|SINGLE|請求項2",
        "如請求項1、2及3所述之燈，其中該燈泡為紅色。|[1, 2, 3]|CUMULATIVE|請求項1、2及3",
        "如請求項１～３中任一項所述之燈，其中該燈泡為紅色。|[1, 2, 3]|ALTERNATIVE|請求項１～３中任一項",
        "如前述任一請求項所述之燈，其中該燈泡為紅色。|[1, 2, 3]|ALTERNATIVE|前述任一請求項",
        "一種用於如請求項1所述之燈的方法，包括點亮。|[]|NONE|",
    })
    void readsTraditionalChineseReferencesOfClaimFour(String claim4, String refs, ReferenceMode mode, String span) {
        String text = "1.一種燈。\n2.一種燈。\n3.一種燈。\n4." + claim4 + "\n";
        Claim c = ClaimSet.parse(text).claims().get(3);
        assertThat(c.references().toString()).isEqualTo(refs);
        assertThat(c.referenceMode()).isEqualTo(mode);
        assertThat(c.referenceSpan() == null ? "" : text.substring(c.referenceSpan().start(), c.referenceSpan().end()))
                .isEqualTo(span == null ? "" : span);
    }

    @org.junit.jupiter.api.Test
    void renumberingRewritesTraditionalChineseRangesAndKeepsJapaneseApart() {
        String text = "1.一種燈，包括燈泡。\n2.一種燈座。\n3.如請求項1所述之燈，其中該燈泡為紅色。\n"
                + "4.如請求項1至3中任一項所述之燈，其中該燈泡為白色。\n";
        ClaimRenumbering.Result r = ClaimRenumbering.insertAfter(text, 1, "一種燈罩。");
        assertThat(r.text()).contains("4.如請求項1所述之燈").contains("5.如請求項1至4中任一項所述之燈");
        // a Japanese claim names 請求項 too, with kana: its range is read the Japanese way, unchanged
        Claim ja = ClaimSet.parse("【請求項１】\n基板を備える装置。\n【請求項２】\n基板を備える装置。\n【請求項３】\n"
                + "請求項１又は２に記載の装置であって、前記基板は円形である装置。\n").claims().get(2);
        assertThat(ja.references()).containsExactly(1, 2);
        assertThat(ja.referenceMode()).isEqualTo(ReferenceMode.ALTERNATIVE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "一种近水平薄矿体智能掘进机机械开采方法，包括如下步骤。|METHOD",
        "一种计算机可读存储介质，其上存储有计算机程序。|COMPUTER_READABLE_MEDIUM",
        "一种滚筒洗衣机，包括滚筒。|APPARATUS",
        "Verfahren zum Betreiben einer Lampe, dadurch gekennzeichnet, dass die Birne leuchtet.|METHOD",
        "Procédé d'éclairage, caractérisé en ce que l'ampoule brille.|METHOD",
        "Verwendung einer Lampe als Heizung.|USE",
        "Use of a lamp as a heater.|USE",
        "Lampe comprenant une ampoule.|APPARATUS",
    })
    void judgesTheCategoryOfGermanAndFrenchClaims(String claim, ClaimCategory category) {
        assertThat(ClaimSet.parse("1. " + claim + "\n").claims().get(0).category()).isEqualTo(category);
    }
}
