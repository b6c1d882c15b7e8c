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
}
