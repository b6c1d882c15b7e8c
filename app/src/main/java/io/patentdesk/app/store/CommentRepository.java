package io.patentdesk.app.store;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.MatterId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The comments of each matter (table {@code matter_comment}, schema version 3), kept beside the matter rather than in
 * its value: adding or answering a comment is no edit of the text and takes no version. Deleting a matter deletes its
 * comments.
 */
public final class CommentRepository {
    private final Database db;

    CommentRepository(Database db) {
        this.db = db;
    }

    /** The comments of matter {@code id}, in reading order (part, then position). */
    public List<Comment> list(MatterId id) {
        return db.read(c -> {
            List<Comment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, part, start_at, end_at, quote, text, created_ms "
                    + "FROM matter_comment WHERE matter_id = ? ORDER BY part = 'claims' DESC, part, start_at, id")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Comment(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))));
                    }
                }
            }
            return out;
        }, "read the comments");
    }

    /** Stores {@code comment} on matter {@code id}, or replaces the stored one with its id (moved or edited). */
    public void save(MatterId id, Comment comment) {
        db.write(c -> {
            saveIn(c, id, comment);
            return null;
        }, "save the comment");
    }

    /** {@link #save} inside the caller's transaction (salvage, restoring from the trash). */
    static void saveIn(Connection c, MatterId id, Comment comment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO matter_comment(id, matter_id, part, start_at, "
                + "end_at, quote, text, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + "part = excluded.part, start_at = excluded.start_at, end_at = excluded.end_at, "
                + "quote = excluded.quote, text = excluded.text")) {
            ps.setString(1, comment.id());
            ps.setString(2, id.value());
            ps.setString(3, comment.part());
            ps.setInt(4, comment.start());
            ps.setInt(5, comment.end());
            ps.setString(6, comment.quote());
            ps.setString(7, comment.text());
            ps.setLong(8, comment.created().toEpochMilli());
            ps.executeUpdate();
        }
    }

    public void delete(String commentId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM matter_comment WHERE id = ?")) {
                ps.setString(1, commentId);
                ps.executeUpdate();
            }
            return null;
        }, "delete the comment");
    }
}
