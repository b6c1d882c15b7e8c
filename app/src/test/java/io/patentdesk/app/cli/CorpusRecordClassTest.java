package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusRecordClassTest {

    @Test
    void kindFromTheIdAndFolder() {
        assertThat(CorpusRecordClass.kind("us-fulltext", "US08087209B2")).isEqualTo("grant");
        assertThat(CorpusRecordClass.kind("us-fulltext", "USD0651432S1")).isEqualTo("grant");
        assertThat(CorpusRecordClass.kind("patentsberta-claims", "US8788730")).isEqualTo("grant");
        assertThat(CorpusRecordClass.kind("grobid-ep-wo-us", "EP1116605B1")).isEqualTo("grant");
        assertThat(CorpusRecordClass.kind("us-apps-2024-claims", "US20240051336")).isEqualTo("application");
        assertThat(CorpusRecordClass.kind("us-fulltext", "US20060085881A1")).isEqualTo("application");
        assertThat(CorpusRecordClass.kind("grobid-ep-wo-us", "WO2005012345A1")).isEqualTo("application");
        assertThat(CorpusRecordClass.kind("grobid-ep-wo-us", "EP1234567A2")).isEqualTo("application");
        assertThat(CorpusRecordClass.kind("patent-generator-fulltext", "US4022227A")).isEqualTo("ocr");
        assertThat(CorpusRecordClass.kind("ipstreet-claims", "13915223")).isEqualTo("unknown");
        assertThat(CorpusRecordClass.kind("grobid-ep-wo-us", "EP1234567")).isEqualTo("unknown");
    }

    @Test
    void eraFromTheDateElseFromTheNumber() {
        assertThat(CorpusRecordClass.era("20120103", "US08087209B2")).isEqualTo("2010s");
        assertThat(CorpusRecordClass.era("2014-07-22", "US8788730")).isEqualTo("2010s");
        assertThat(CorpusRecordClass.era("", "US20040113769A1")).isEqualTo("2000s");
        assertThat(CorpusRecordClass.era("", "WO2005012345A1")).isEqualTo("2000s");
        // utility patent numbers: 4,022,227 issued in 1977, 4,249,401 in 1981, 6,000,249 in 1999, 6,260,259 in 2001
        assertThat(CorpusRecordClass.era("", "US4022227A")).isEqualTo("1970s");
        assertThat(CorpusRecordClass.era("", "US4249401A")).isEqualTo("1980s");
        assertThat(CorpusRecordClass.era("", "US6000249A")).isEqualTo("1990s");
        assertThat(CorpusRecordClass.era("", "US06260259B1")).isEqualTo("2000s");
        assertThat(CorpusRecordClass.era("", "US2654321A")).isEqualTo("before 1960");
        assertThat(CorpusRecordClass.era("", "EP1566386B1")).isEqualTo("unknown");
        assertThat(CorpusRecordClass.era("", "USPP019093P2")).isEqualTo("unknown");
    }
}
