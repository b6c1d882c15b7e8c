package io.patentdesk.app.cli;

import io.patentdesk.app.amend.ClaimListing;
import io.patentdesk.app.io.ClaimListingExporter;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.store.StoreException;
import io.patentdesk.app.store.WorkspaceInspection;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patentdesk workspace amend ID --from VERSION [--to VERSION] --out FILE}: the claim listing of a response
 * (37 CFR 1.121(c)) from the claims of one stored version to those of another, or to the matter as it is now.
 */
@Command(name = "amend", mixinStandardHelpOptions = true,
        description = {"Writes the claim listing of an amendment (37 CFR 1.121(c)): every claim with its status, added",
            "words underlined, deleted ones struck through (or [[ ]] for five characters or fewer), canceled claims",
            "without text. VERSION is an id from workspace versions, or \"current\" for the matter as it is now."})
final class WorkspaceAmend extends WorkspaceCommand.Sub {
    static final String CURRENT = "current";

    @Parameters(paramLabel = "ID", description = "the matter's id (from workspace list)")
    String id;

    @Option(names = "--from", required = true, paramLabel = "VERSION",
            description = "the claims as they were: the version last filed (an id from workspace versions)")
    String from;

    @Option(names = "--to", defaultValue = CURRENT, paramLabel = "VERSION",
            description = "the claims as amended (default: ${DEFAULT-VALUE})")
    String to;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "the listing to write: .docx (underline and strike-through) or .txt")
    Path target;

    @Override
    public Integer call() {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".txt")) {
            throw new StoreException("Cannot write the listing to \u201c" + target.getFileName() + "\u201d: the name "
                    + "must end in .docx or .txt.", null);
        }
        Matter current = matter(id);
        Matter older = version(current, from);
        Matter newer = version(current, to);
        ClaimListing listing = ClaimListing.between(older.claims(), newer.claims());
        if (listing.claims().isEmpty()) {
            throw new StoreException("Neither version of \u201c" + current.title() + "\u201d holds numbered claims; "
                    + "there is nothing to list.", null);
        }
        new ClaimListingExporter().export(listing, target);
        listing.notes().forEach(n -> err().println("note: " + n));
        err().println("Wrote the claim listing of \u201c" + current.title() + "\u201d (" + listing.claims().size()
                + " claims) to " + target);
        return 0;
    }

    private Matter version(Matter current, String which) {
        String v = which.strip();
        if (v.equalsIgnoreCase(CURRENT)) {
            return current;
        }
        long versionId;
        try {
            versionId = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new StoreException("\u201c" + which + "\u201d is no version: give an id from patentdesk workspace "
                    + "versions " + current.id() + ", or \"current\".", e);
        }
        Matter m = WorkspaceInspection.version(dir(), versionId).orElseThrow(() -> new StoreException("No version "
                + versionId + " (see: patentdesk workspace versions " + current.id() + ").", null));
        if (!m.id().equals(current.id())) {
            throw new StoreException("Version " + versionId + " belongs to another matter (see: patentdesk workspace "
                    + "versions " + current.id() + ").", null);
        }
        return m;
    }
}
