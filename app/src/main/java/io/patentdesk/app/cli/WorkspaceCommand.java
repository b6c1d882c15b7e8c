package io.patentdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.patentdesk.app.io.DocxExporter;
import io.patentdesk.app.io.ImportedMatter;
import io.patentdesk.app.io.MatterImporter;
import io.patentdesk.app.io.PdfExporter;
import io.patentdesk.app.io.TextExporter;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.store.Backup;
import io.patentdesk.app.store.BackupContents;
import io.patentdesk.app.store.DataDirectory;
import io.patentdesk.app.store.RecoveredMatter;
import io.patentdesk.app.store.SalvagePlan;
import io.patentdesk.app.store.StoreException;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.store.WorkspaceInspection;
import io.patentdesk.app.store.WorkspaceLockedException;
import io.patentdesk.app.store.WorkspaceRecovery;
import io.patentdesk.app.store.WorkspaceSalvage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patentdesk workspace list|import|export|versions|amend|office|backup|verify|recover}: the workspace for IT, scripts and tests.
 * Reading commands work while PatentDesk has the workspace open; writing commands refuse then, with a message.
 * The workspace is the one in {@code PATENTDESK_DATA_DIR}, else the user's data folder, else {@code --data-dir}.
 */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = {"Lists, imports, exports, backs up, verifies and recovers the matters in the workspace;",
            "lists a matter's versions and writes the claim listing of an amendment between two of them;",
            "shows or sets the office and USPTO entity size a matter is checked with.",
            "Uses PATENTDESK_DATA_DIR (or --data-dir), else the user's data folder.",
            "Exit status: 0 done, 1 (verify) the workspace is damaged, 2 unusable input or the workspace is busy."},
        subcommands = {
            WorkspaceCommand.ListMatters.class,
            WorkspaceCommand.Import.class,
            WorkspaceCommand.Export.class,
            WorkspaceVersions.class,
            WorkspaceAmend.class,
            WorkspaceOffice.class,
            WorkspaceCommand.BackupNow.class,
            WorkspaceCommand.Verify.class,
            WorkspaceCommand.Recover.class
        })
public final class WorkspaceCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "the folder holding the workspace (default: PATENTDESK_DATA_DIR or the user's data folder)")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
    }

    Path directory() {
        return dataDir != null ? dataDir : DataDirectory.resolve();
    }

    /** Opens the workspace for writing; a workspace PatentDesk holds is refused with a one-line message. */
    static Workspace openForWriting(Path dir) {
        try {
            return Workspace.open(dir);
        } catch (WorkspaceLockedException e) {
            throw new StoreException("PatentDesk has this workspace open (" + dir + "); close it first, then run the "
                    + "command again. Nothing was written.", e);
        }
    }

    /** The workspace's own folder must exist for reading commands: they never create one. */
    static Path existing(Path dir) {
        if (!Files.isRegularFile(WorkspaceInspection.file(dir))) {
            throw new StoreException("There is no workspace in " + dir + " (set PATENTDESK_DATA_DIR or --data-dir).",
                    null);
        }
        return dir;
    }

    abstract static class Sub implements Callable<Integer> {
        @CommandLine.ParentCommand
        WorkspaceCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        Path dir() {
            return parent.directory();
        }

        /** The matter with {@code id} as the workspace holds it now, read without opening it for writing. */
        Matter matter(String id) {
            BackupContents contents = WorkspaceInspection.read(existing(dir()));
            return contents.matters().stream().filter(x -> x.id().value().equalsIgnoreCase(id.strip()))
                    .findFirst().orElseThrow(() -> new StoreException("No matter has the id " + id
                            + " (see: patentdesk workspace list).", null));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the matters: id, name, docket, last edit (json: also office and entity size).")
    static final class ListMatters extends Sub {
        enum Format { text, json }

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() throws Exception {
            BackupContents contents = WorkspaceInspection.read(existing(dir()));
            List<MatterSummary> matters = contents.summaries();
            if (format == Format.json) {
                ObjectMapper json = new ObjectMapper();
                ArrayNode arr = json.createArrayNode();
                for (Matter m : contents.matters()) {
                    arr.addObject().put("id", m.id().value()).put("name", m.title()).put("docket", m.docket())
                            .put("office", m.office().key()).put("entity", m.entity().key())
                            .put("lastEdit", m.modified().toString());
                }
                out().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            } else {
                for (MatterSummary m : matters) {
                    out().printf("%s  %s  %-12s  %s%n", m.id(), WHEN.format(m.modified()),
                            m.docket().isEmpty() ? "-" : m.docket(), m.title());
                }
                if (matters.isEmpty()) {
                    err().println("The workspace holds no matters.");
                }
            }
            out().flush();
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports a draft (text, DOCX or USPTO XML) as a new matter and prints its id.")
    static final class Import extends Sub {
        @Parameters(paramLabel = "FILE", description = "the draft")
        Path file;

        @Option(names = "--name", paramLabel = "NAME", description = "the matter's name (default: from the file)")
        String name;

        @Option(names = "--docket", paramLabel = "NUMBER", description = "the firm's docket number")
        String docket;

        @Option(names = "--office", paramLabel = "OFFICE",
                description = "the office to check against: auto (default: from the text), uspto, epo, cnipa, jpo")
        String office;

        @Option(names = "--entity", paramLabel = "SIZE", description = "USPTO entity size: large (default), small, micro")
        String entity;

        @Override
        public Integer call() {
            ImportedMatter imported = new MatterImporter().importDraft(file);
            Matter m = imported.matter();
            if (name != null && !name.isBlank()) {
                m = m.withTitle(name.strip());
            }
            if (docket != null) {
                m = m.withDocket(docket);
            }
            if (office != null || entity != null) {
                m = m.withOffice(office == null ? m.office() : WorkspaceOffice.officeOf(office),
                        entity == null ? m.entity() : WorkspaceOffice.entityOf(entity));
            }
            try (Workspace ws = openForWriting(dir())) {
                ws.matters().save(m);
            }
            out().println(m.id());
            for (String note : imported.notes()) {
                err().println("note: " + note);
            }
            out().flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes a matter to FILE: .txt (claims, specification and abstract as plain text), .docx or .pdf.")
    static final class Export extends Sub {
        @Parameters(paramLabel = "ID", description = "the matter's id (from workspace list)")
        String id;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (.txt, .docx, .pdf)")
        Path target;

        @Override
        public Integer call() {
            String name = target.getFileName().toString();
            String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (!List.of("txt", "docx", "pdf").contains(kind)) {
                throw new StoreException("Cannot export to \u201c" + target.getFileName() + "\u201d: the name must end "
                        + "in .txt, .docx or .pdf.", null);
            }
            Matter m = matter(id);
            switch (kind) {
                case "txt" -> new TextExporter().export(m, target);
                case "docx" -> new DocxExporter().export(m, target);
                default -> new PdfExporter().export(m, target);
            }
            err().println("Exported \u201c" + m.title() + "\u201d to " + target);
            return 0;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Backs the workspace up: into its backups folder, or to --out FILE.",
                "Works while PatentDesk is open (the copy is consistent)."})
    static final class BackupNow extends Sub {
        @Option(names = "--out", paramLabel = "FILE", description = "write the backup to this file instead")
        Path target;

        @Override
        public Integer call() {
            Path dir = existing(dir());
            if (target != null) {
                WorkspaceInspection.copy(dir, target);
                out().println(target.toAbsolutePath());
            } else {
                Backup b = WorkspaceInspection.backup(dir);
                out().println(b.file());
            }
            out().flush();
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks the workspace: its database structure, every matter read back whole against its",
                "checksum, every stored version. Exit 0 when sound; 1 with a one-line reason when damaged."})
    static final class Verify extends Sub {
        @Override
        public Integer call() {
            Optional<String> problem = WorkspaceInspection.verify(dir());
            if (problem.isPresent()) {
                out().println("damaged: " + problem.get() + ". Run: patentdesk workspace recover");
                out().flush();
                return 1;
            }
            out().println("sound");
            out().flush();
            return 0;
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = {"Salvages a damaged workspace: every matter and version still readable from the damaged",
                "file, merged with the newest backup (or --from BACKUP), each matter from its newest whole copy.",
                "The damaged file is moved aside, never deleted. Prints what it recovered and what it could not."})
    static final class Recover extends Sub {
        @Option(names = "--from", paramLabel = "BACKUP",
                description = "a backup file (or its name in the backups folder) to merge instead of the newest")
        Path from;

        @Option(names = "--force", description = "salvage even when verify finds the workspace sound")
        boolean force;

        @Override
        public Integer call() {
            Path dir = dir();
            Optional<String> problem = WorkspaceInspection.verify(dir);
            if (problem.isEmpty() && !force) {
                out().println("The workspace is sound; nothing to recover (--force salvages it anyway).");
                out().flush();
                return 0;
            }
            if (problem.isPresent() && problem.get().contains("newer PatentDesk")) {
                throw new StoreException("The workspace was written by a newer PatentDesk; update PatentDesk to open "
                        + "it. Nothing was changed.", null);
            }
            if (problem.isPresent() && problem.get().startsWith("there is no workspace")) {
                throw new StoreException("There is no workspace in " + dir + ".", null);
            }
            Backup backup = from == null ? null : chosen(dir, from);
            SalvagePlan plan = WorkspaceSalvage.plan(dir, backup);
            Path aside;
            try {
                aside = WorkspaceSalvage.apply(dir, plan);
            } catch (WorkspaceLockedException e) {
                throw new StoreException("PatentDesk has this workspace open (" + dir + "); close it first, then run "
                        + "the command again. Nothing was written.", e);
            }
            PrintWriter o = out();
            o.println("Recovered " + plan.recovered().size() + " matter" + (plan.recovered().size() == 1 ? "" : "s")
                    + ", " + plan.contents()
                    + plan.backupUsed().map(b -> ", merged with the backup of " + b.label()).orElse(", no backup") + ":");
            for (RecoveredMatter r : plan.recovered()) {
                o.println("  " + (r.intact() ? "whole  " : "older  ") + WHEN.format(r.lastEdit()) + " UTC  \u201c"
                        + r.title() + "\u201d from " + r.source()
                        + (r.behind().isZero() ? r.intact() ? "" : " (later edits, if any, could not be read)"
                                : " (" + r.behind().toMinutes() + " min of later edits could not be read)"));
            }
            if (plan.unrecoverable().isEmpty()) {
                o.println("Nothing else was found that could not be recovered.");
            } else {
                o.println("Could not recover:");
                plan.unrecoverable().forEach(u -> o.println("  " + u));
            }
            if (aside != null) {
                o.println("The damaged file was moved to " + aside);
            }
            o.flush();
            return 0;
        }

        private static Backup chosen(Path dir, Path given) {
            List<Backup> all = WorkspaceRecovery.backups(dir);
            for (Backup b : all) {
                if (b.file().getFileName().equals(given.getFileName()) || b.file().equals(given.toAbsolutePath())) {
                    return b;
                }
            }
            if (Files.isRegularFile(given)) {
                try {
                    return new Backup(given.toAbsolutePath(), Files.getLastModifiedTime(given).toInstant(),
                            Files.size(given), "");
                } catch (java.io.IOException e) {
                    throw new StoreException("Cannot read the backup " + given + ": " + e.getMessage(), e);
                }
            }
            throw new StoreException("No backup " + given + " (the backups are in "
                    + dir.resolve("backups") + ").", null);
        }
    }
}
