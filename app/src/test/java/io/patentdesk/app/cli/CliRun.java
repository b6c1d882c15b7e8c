package io.patentdesk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line with its exit status and captured output, for tests. */
public record CliRun(int status, String out, String err) {

    public static CliRun run(String... args) {
        CommandLine cmd = PatentDeskCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
