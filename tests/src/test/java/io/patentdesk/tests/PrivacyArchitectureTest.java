package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.patentdesk.tests.fixtures.PhonesHome;
import org.junit.jupiter.api.Test;

/** The privacy proof, static half: no PatentDesk class uses a network API (see {@link NoNetworkRule}). */
class PrivacyArchitectureTest {

    @Test
    void noPatentDeskClassUsesANetworkApi() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.patentdesk");
        // The rule must have something to judge: at least the app module's own classes.
        assertThat(main.contain("io.patentdesk.app.Main")).isTrue();
        NoNetworkRule.RULE.check(main);
    }

    @Test
    void theRuleCatchesHttpClientSocketsAndUrlFetching() {
        JavaClasses fixture = new ClassFileImporter().importClasses(PhonesHome.class);
        EvaluationResult result = NoNetworkRule.RULE.evaluate(fixture);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(result.hasViolation()).isTrue();
        assertThat(report).contains("java.net.http.HttpClient").contains("java.net.Socket")
                .contains("URL.openStream()");
    }

    @Test
    void theAllowListIsEmpty() {
        assertThat(NoNetworkRule.ALLOWED).as("PatentDesk opens no network connection today").isEmpty();
    }
}
