package io.patentdesk.app;

import io.patentdesk.app.cli.PatentDeskCommand;
import picocli.CommandLine;

/** Entry point of {@code ./patentdesk}: the command line, and (without a subcommand) the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status instead of exiting, for tests. */
    public static int run(String... args) {
        return PatentDeskCommand.newCommandLine().execute(args);
    }
}
