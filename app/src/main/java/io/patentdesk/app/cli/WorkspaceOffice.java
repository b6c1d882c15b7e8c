package io.patentdesk.app.cli;

import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.store.StoreException;
import io.patentdesk.app.store.Workspace;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patentdesk workspace office ID [--set OFFICE] [--entity SIZE]}: the office a matter is checked against in
 * the app (its rules, citations and fees) and the USPTO entity size its fees are for; shown, or set.
 */
@Command(name = "office", mixinStandardHelpOptions = true,
        description = {"Shows a matter's office (auto: guessed from its text, uspto, epo, cnipa, jpo) and USPTO entity",
            "size (large, small, micro); sets them with --set and --entity (PatentDesk must be closed)."})
final class WorkspaceOffice extends WorkspaceCommand.Sub {
    @Parameters(paramLabel = "ID", description = "the matter's id (from workspace list)")
    String id;

    @Option(names = "--set", paramLabel = "OFFICE", description = "auto, uspto, epo, cnipa or jpo")
    String office;

    @Option(names = "--entity", paramLabel = "SIZE", description = "large, small or micro (the USPTO's fees)")
    String entity;

    @Override
    public Integer call() {
        Matter m = matter(id);
        if (office != null || entity != null) {
            OfficeChoice o = office == null ? m.office() : officeOf(office);
            EntitySize e = entity == null ? m.entity() : entityOf(entity);
            try (Workspace ws = WorkspaceCommand.openForWriting(dir())) {
                // The matter as stored now (read again under the lock), with only the office changed.
                m = ws.matters().get(m.id()).withOffice(o, e);
                ws.matters().save(m);
            }
        }
        out().printf("office  %s%nentity  %s%n", m.office().key(), m.entity().key());
        out().flush();
        return 0;
    }

    /** The office typed on the command line; an unknown one is a one-line error naming the known ones. */
    static OfficeChoice officeOf(String key) {
        return OfficeChoice.ofKey(key).orElseThrow(() -> new StoreException("Unknown office \u201c" + key
                + "\u201d (known: " + Arrays.stream(OfficeChoice.values()).map(OfficeChoice::key)
                        .collect(Collectors.joining(", ")) + ").", null));
    }

    /** The entity size typed on the command line; an unknown one is a one-line error naming the known ones. */
    static EntitySize entityOf(String key) {
        return EntitySize.ofKey(key).orElseThrow(() -> new StoreException("Unknown entity size \u201c" + key
                + "\u201d (known: " + Arrays.stream(EntitySize.values()).map(EntitySize::key)
                        .collect(Collectors.joining(", ")) + ").", null));
    }
}
