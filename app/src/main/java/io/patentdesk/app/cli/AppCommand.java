package io.patentdesk.app.cli;

import io.patentdesk.app.ui.DesktopLauncher;
import io.patentdesk.app.ui.LaunchOptions;
import io.patentdesk.app.ui.ToolkitUnavailableException;
import io.patentdesk.app.ui.UiBenchmarkRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code patentdesk app}: the desktop app, plus scripted runs (smoke check, screenshot, UI benchmarks). */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Starts the desktop app.",
            "--smoke opens the built-in sample matter, runs the analysis and one short generation, and exits 0 when all worked."})
public final class AppCommand implements Callable<Integer> {
    /** 1 MB: about 300 printed pages of specification. */
    static final int DEFAULT_BENCH_BYTES = 1_000_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--smoke", description = "Open the sample matter, analyze, generate once, exit.")
    boolean smoke;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "With --smoke: write a PNG of the window to FILE.")
    Path screenshot;

    @Option(names = "--tab", paramLabel = "TAB", defaultValue = "claims",
            description = "With --smoke: the tab in front for the screenshot: claims, specification or abstract.")
    String tab;

    @Option(names = "--dark", description = "With --smoke or --bench-ui: the dark theme.")
    boolean dark;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder to use instead of the bundled model.")
    Path model;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Workspace folder (default: the user's data directory; scripted runs use a temporary one).")
    Path dataDir;

    @Option(names = "--bench-ui", description = "Measure start-up, opening a large specification, keystroke latency and memory, then exit.")
    boolean benchUi;

    @Option(names = "--bench-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_BENCH_BYTES,
            description = "Size of the specification the UI benchmark opens (default: ${DEFAULT-VALUE}).")
    int benchBytes;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Benchmark output: text or json.")
    String format;

    @Override
    public Integer call() {
        if (model != null && !Files.isDirectory(model)) {
            spec.commandLine().getErr().println("patentdesk: the model folder " + model + " does not exist.");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("patentdesk: --format must be text or json, not '" + format + "'.");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        if (screenshot != null && !smoke) {
            spec.commandLine().getErr().println("patentdesk: --screenshot needs --smoke.");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        if (!java.util.List.of("claims", "specification", "abstract").contains(tab)) {
            spec.commandLine().getErr().println("patentdesk: --tab must be claims, specification or abstract, not '" + tab + "'.");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        if (benchBytes < 1_000) {
            spec.commandLine().getErr().println("patentdesk: --bench-bytes must be at least 1000.");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        if (benchUi && UiBenchmarkRun.find().isEmpty()) {
            spec.commandLine().getErr().println("patentdesk: --bench-ui needs the benchmarks module, which installed "
                    + "packages leave out: run it with ./patentdesk from a source checkout.");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        if (!DesktopLauncher.displayAvailable()) {
            spec.commandLine().getErr().println(noDisplayMessage());
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        return launchDesktop(spec, new LaunchOptions(smoke, screenshot, model, dataDir, benchUi, format.equals("json"), benchBytes, tab, dark));
    }

    /** Starts the desktop app; where it cannot start (no GTK, no display) says what to install in one line, status 2. */
    static int launchDesktop(CommandLine.Model.CommandSpec spec, LaunchOptions options) {
        try {
            return DesktopLauncher.launch(options);
        } catch (ToolkitUnavailableException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
    }

    /** Said when there is no display: how to get one, and what works without. */
    public static String noDisplayMessage() {
        return "patentdesk: no display found (DISPLAY is not set), so the desktop app cannot start. "
                + "Run it in a desktop session, or headless with xvfb-run ./patentdesk app --smoke; "
                + "the other subcommands work without a display.";
    }
}
