package io.patentdesk.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.editor.FeeLine;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The open matter is checked against its own office, and its fees are those of its office and entity size. */
class MatterOfficeAnalysisTest {
    private static final String CLAIMS = "1. A lid comprising a vent and a seal.\n"
            + "2. The lid of claim 1, wherein the valve is rigid.";
    private final MatterAnalyzer analyzer = new MatterAnalyzer();

    private static BigDecimal total(AnalysisResult r) {
        return r.fees().stream().map(FeeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theMattersOfficeSetsTheCitationsAndTheFeeSchedule() {
        Matter m = Matter.create("Lid").withClaims(CLAIMS);
        AnalysisResult auto = analyzer.analyze(m);
        assertThat(auto.feeCurrency()).isEqualTo("USD");
        assertThat(auto.feeNote()).startsWith("USPTO fees, large entity").contains("Office guessed from the text");

        AnalysisResult epo = analyzer.analyze(m.withOffice(OfficeChoice.EPO, EntitySize.LARGE));
        assertThat(epo.feeCurrency()).isEqualTo("EUR");
        assertThat(epo.feeNote()).startsWith("EPO fees").doesNotContain("guessed");
        assertThat(epo.findings()).filteredOn(f -> f.rule().equals("antecedent-basis")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.citation()).contains("Art. 84 EPC"));
        assertThat(auto.findings()).filteredOn(f -> f.rule().equals("antecedent-basis")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.citation()).doesNotContain("EPC"));
    }

    @Test
    void theEntitySizeSetsUsptoFeesAndIsIgnoredElsewhere() {
        Matter m = Matter.create("Lid").withClaims(CLAIMS);
        BigDecimal large = total(analyzer.analyze(m.withOffice(OfficeChoice.USPTO, EntitySize.LARGE)));
        AnalysisResult small = analyzer.analyze(m.withOffice(OfficeChoice.USPTO, EntitySize.SMALL));
        AnalysisResult micro = analyzer.analyze(m.withOffice(OfficeChoice.USPTO, EntitySize.MICRO));
        assertThat(small.feeNote()).startsWith("USPTO fees, small entity");
        assertThat(total(small)).isLessThan(large);
        assertThat(total(micro)).isLessThan(total(small));
        assertThat(total(analyzer.analyze(m.withOffice(OfficeChoice.EPO, EntitySize.MICRO))))
                .isEqualTo(total(analyzer.analyze(m.withOffice(OfficeChoice.EPO, EntitySize.LARGE))));
    }

    @Test
    void automaticChecksChineseClaimsAgainstTheCnipa() {
        Matter cn = Matter.create("杯盖").withClaims("1. 一种杯盖，包括盖体和设置在所述盖体上的通气阀。\n"
                + "2. 根据权利要求1所述的杯盖，其特征在于，所述通气阀为鸭嘴阀。");
        AnalysisResult r = analyzer.analyze(cn);
        assertThat(r.feeCurrency()).isEqualTo("CNY");
        assertThat(r.feeNote()).startsWith("CNIPA fees");
        assertThat(analyzer.analyze(cn.withOffice(OfficeChoice.USPTO, EntitySize.LARGE)).feeCurrency()).isEqualTo("USD");
    }
}
