package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Bad options of {@code app} are refused with one line and status 2, before any window opens. */
class AppCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "app --format xml|--format must be text or json",
        "app --screenshot x.png|--screenshot needs --smoke",
        "app --model /no/such/folder|does not exist",
        "app --bench-ui --bench-bytes 10|at least 1000",
        // the app's own class path, as installed packages ship it, has no benchmarks module
        "app --bench-ui|--bench-ui needs the benchmarks module",
    })
    void refusesUnusableOptions(String args, String message) {
        CommandLine cmd = PatentDeskCommand.newCommandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        int status = cmd.execute(args.split(" "));
        assertThat(status).isEqualTo(PatentDeskCommand.EXIT_UNUSABLE_INPUT);
        assertThat(err.toString()).contains(message).doesNotContain("Exception").hasLineCount(1);
    }

    @org.junit.jupiter.api.Test
    void theBenchSubcommandsAreNotPartOfTheApp() {
        CommandLine cmd = PatentDeskCommand.newCommandLine();
        assertThat(cmd.getSubcommands()).containsKeys("check", "app", "generate")
                .doesNotContainKeys("bench", "analyzer-bench", "prior-art-bench");
    }
}
