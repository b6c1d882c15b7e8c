package io.patentdesk.bench.cli;

import io.patentdesk.app.cli.SubcommandProvider;
import java.util.List;

/** The bench subcommands of {@code patentdesk} (registered in META-INF/services). */
public final class BenchSubcommands implements SubcommandProvider {

    @Override
    public List<Object> subcommands() {
        return List.of(new PriorArtBenchCommand(), new AnalyzerBenchCommand(), new BenchCommand());
    }
}
