package io.patentdesk.app.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A copy of the workspace database taken at {@code taken}.
 *
 * @param reason why it was taken: {@link Backups#ON_OPEN}, {@link Backups#WHILE_EDITING}, {@link Backups#ON_CLOSE},
 *               {@link Backups#BEFORE_MIGRATION}, {@link Backups#BY_USER}, or "" for a backup of an older build
 */
public record Backup(Path file, Instant taken, long sizeBytes, String reason) {
    public Backup {
        reason = reason == null ? "" : reason;
    }

    /** A short label for menus, e.g. "2026-11-25 09:14 UTC". */
    public String label() {
        String iso = taken.toString();
        return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
    }

    /** Why it was taken, in words ("on close", "before an upgrade"). */
    public String reasonText() {
        return switch (reason) {
            case Backups.ON_OPEN -> "on start";
            case Backups.WHILE_EDITING -> "while editing";
            case Backups.ON_CLOSE -> "on close";
            case Backups.BEFORE_MIGRATION -> "before an upgrade";
            case Backups.BY_USER -> "by you";
            case Backups.BEFORE_RECOVERY -> "before a recovery";
            default -> "";
        };
    }
}
