package io.patentdesk.bench.cli;

import io.patentdesk.app.cli.PatentDeskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the whole {@code patentdesk} command line, as the launcher builds it, with its exit status and
 * captured output: the bench subcommands are reached only through the {@code ServiceLoader} registration.
 */
record CliRun(int status, String out, String err) {

    static CliRun run(String... args) {
        CommandLine cmd = PatentDeskCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
