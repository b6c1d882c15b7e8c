package io.patentdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.cli.PatentDeskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private static String[] runCapturing(String... args) {
        CommandLine cmd = PatentDeskCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void versionNamesTheProjectVersion() {
        String[] r = runCapturing("--version");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("PatentDesk ").doesNotContain("${");
    }

    @Test
    void helpListsUsage() {
        String[] r = runCapturing("--help");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Usage: patentdesk");
    }

    @Test
    void unknownOptionIsAUsageError() {
        String[] r = runCapturing("--no-such-option");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("Unknown option");
    }
}
