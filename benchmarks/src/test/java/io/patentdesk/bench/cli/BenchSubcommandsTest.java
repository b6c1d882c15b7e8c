package io.patentdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.cli.PatentDeskCommand;
import io.patentdesk.app.ui.UiBenchmarkRun;
import io.patentdesk.bench.ui.UiBenchmarkProvider;
import org.junit.jupiter.api.Test;

/** With this module on the class path, ./patentdesk offers the bench subcommands and app --bench-ui finds its run. */
class BenchSubcommandsTest {

    @Test
    void theRootCommandLineGainsTheBenchSubcommands() {
        assertThat(PatentDeskCommand.newCommandLine().getSubcommands())
                .containsKeys("prior-art-bench", "analyzer-bench", "bench", "check", "app");
    }

    @Test
    void theUiBenchmarkIsFoundForAppBenchUi() {
        assertThat(UiBenchmarkRun.find()).get().isInstanceOf(UiBenchmarkProvider.class);
    }
}
