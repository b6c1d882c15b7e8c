package io.patentdesk.app.cli;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.store.VersionInfo;
import io.patentdesk.app.store.WorkspaceInspection;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code patentdesk workspace versions ID}: a matter's stored versions, the ids {@code workspace amend} takes. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "Lists a matter's stored versions, newest first: version id, when (UTC), label.")
final class WorkspaceVersions extends WorkspaceCommand.Sub {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Parameters(paramLabel = "ID", description = "the matter's id (from workspace list)")
    String id;

    @Override
    public Integer call() {
        Matter m = matter(id);
        List<VersionInfo> versions = WorkspaceInspection.versions(dir(), m.id());
        for (VersionInfo v : versions) {
            out().printf("%6d  %s  %s%n", v.id(), WHEN.format(v.saved()), v.label());
        }
        if (versions.isEmpty()) {
            err().println("\u201c" + m.title() + "\u201d has no stored versions yet.");
        }
        out().flush();
        return 0;
    }
}
