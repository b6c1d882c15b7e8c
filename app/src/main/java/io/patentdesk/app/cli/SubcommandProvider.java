package io.patentdesk.app.cli;

import java.util.List;

/**
 * Subcommands that a module beside the app adds to {@code patentdesk}, found with {@link java.util.ServiceLoader}: the
 * benchmarks module contributes its bench commands this way, so the shipped app carries none of them and depends on
 * nothing of theirs. A missing provider just means fewer subcommands.
 */
public interface SubcommandProvider {

    /** picocli command objects (classes annotated with {@code @Command}), listed in this order after the app's own. */
    List<Object> subcommands();
}
