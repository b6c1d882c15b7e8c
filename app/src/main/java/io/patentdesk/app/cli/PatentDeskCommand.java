package io.patentdesk.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code patentdesk [SUBCOMMAND]}. */
@Command(
        name = "patentdesk",
        mixinStandardHelpOptions = true,
        versionProvider = PatentDeskCommand.Version.class,
        description = {
            "Patent drafting with live claim checking and a local language model.",
            "Without a subcommand, starts the desktop app."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            AppCommand.class,
            CheckCommand.class,
            ChartCommand.class,
            AnalyzerEvalCommand.class,
            GenerateCommand.class,
            EvalCommand.class,
            LeadsCommand.class,
            WorkspaceCommand.class
        })
public final class PatentDeskCommand implements Callable<Integer> {

    /** Exit status for input the command cannot use (bad file, bad model). */
    public static final int EXIT_UNUSABLE_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the desktop app when there is a display, else a clear message and the usage. */
    @Override
    public Integer call() {
        if (io.patentdesk.app.ui.DesktopLauncher.displayAvailable()) {
            return AppCommand.launchDesktop(spec, io.patentdesk.app.ui.LaunchOptions.interactive());
        }
        spec.commandLine().getErr().println(AppCommand.noDisplayMessage());
        spec.commandLine().usage(spec.commandLine().getOut());
        return EXIT_UNUSABLE_INPUT;
    }

    /**
     * A command line with PatentDesk's error handling: one-line messages, never a stack trace. Subcommands of modules
     * beside the app (the benchmarks, where they are on the class path) come from {@link SubcommandProvider}s.
     */
    public static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new PatentDeskCommand());
        for (SubcommandProvider provider : ServiceLoader.load(SubcommandProvider.class)) {
            provider.subcommands().forEach(cmd::addSubcommand);
        }
        cmd.setExecutionExceptionHandler(new OneLineErrors());
        return cmd;
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"PatentDesk " + io.patentdesk.app.AppVersion.get()};
        }
    }

    /** Turns an unexpected exception into one line on stderr and exit status 2. */
    static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cmd.getErr().println("patentdesk: " + message.lines().findFirst().orElse(message));
            return EXIT_UNUSABLE_INPUT;
        }
    }
}
