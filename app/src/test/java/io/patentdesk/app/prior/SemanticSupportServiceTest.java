package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Suppressions;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The editor's semantic support: answers at once, embeds in the background, and says when to analyse again. */
class SemanticSupportServiceTest {
    static Report analyzed() {
        return new Analyzer().analyze(Document.ofClaims(SemanticSupportTest.CLAIMS)
                .withDescription(SemanticSupportTest.DESCRIPTION), Office.USPTO, Suppressions.none());
    }

    @Test
    void theFirstReportIsReturnedAsItIsAndTheNextOneRevisedOnceTheVectorsAreReady() throws Exception {
        Report report = analyzed();
        AtomicInteger embedded = new AtomicInteger();
        try (SentenceEmbedder encoder = BundledEncoder.open(EngineOptions.defaults().withProvider(ProviderChoice.CPU));
                SemanticSupportService service = new SemanticSupportService(() -> texts -> {
                    embedded.addAndGet(texts.size());
                    return encoder.embed(texts);
                }, e -> { throw new AssertionError(e); })) {
            CountDownLatch ready = new CountDownLatch(1);
            service.onReady(ready::countDown);
            assertThat(service.revise(report, SemanticSupportTest.DESCRIPTION)).isSameAs(report);
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            Report revised = service.revise(report, SemanticSupportTest.DESCRIPTION);
            assertThat(revised.findingsOf(SemanticSupport.RULE)).extracting(Finding::term).containsExactly("bike lock");
            // Analysing again after an edit elsewhere embeds nothing of the description again.
            int before = embedded.get();
            service.revise(report, SemanticSupportTest.DESCRIPTION);
            assertThat(embedded.get()).isEqualTo(before);
        }
    }

    @Test
    void anEncoderThatCannotBeOpenedIsReportedOnceAndTheAnalysisGoesOn() throws Exception {
        Report report = analyzed();
        List<Exception> told = new CopyOnWriteArrayList<>();
        CountDownLatch tried = new CountDownLatch(1);
        try (SemanticSupportService service = new SemanticSupportService(() -> {
            throw new java.io.IOException("model file missing");
        }, e -> {
            told.add(e);
            tried.countDown();
        })) {
            assertThat(service.revise(report, SemanticSupportTest.DESCRIPTION)).isSameAs(report);
            assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(service.revise(report, SemanticSupportTest.DESCRIPTION)).isSameAs(report);
            assertThat(told).singleElement().extracting(Throwable::getMessage).isEqualTo("model file missing");
        }
    }

    @Test
    void aDescriptionWithMorePassagesThanAreKeptIsLeftAsItIsInsteadOfEmbeddedOverAndOver() throws Exception {
        Report report = analyzed();
        StringBuilder huge = new StringBuilder();
        for (int p = 0; huge.length() < 3_000_000; p++) {
            huge.append('[').append(String.format("%05d", p)).append("] The lock ").append(p)
                    .append(" has a shackle and a body that holds a latch in place while the rider is away.\n\n");
        }
        assertThat(SemanticSupport.passageTexts(huge.toString())).hasSizeGreaterThan(SemanticSupportService.KEPT);
        AtomicInteger opened = new AtomicInteger();
        try (SemanticSupportService service = new SemanticSupportService(() -> {
            opened.incrementAndGet();
            return texts -> new float[texts.size()][384];
        }, e -> { throw new AssertionError(e); })) {
            assertThat(service.revise(report, huge.toString())).isSameAs(report);
            Thread.sleep(200);
            assertThat(opened.get()).isZero();
        }
    }
}
