package io.patentdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.cli.CliRun;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionNamesTheProjectVersion() {
        CliRun r = CliRun.run("--version");
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).startsWith("PatentDesk ").doesNotContain("${");
    }

    @Test
    void helpListsUsage() {
        CliRun r = CliRun.run("--help");
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).contains("Usage: patentdesk");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.run("--no-such-option");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }
}
