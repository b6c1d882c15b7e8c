package io.patentdesk.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: resources {@code migrations/V001.sql}, {@code V002.sql}, ... beside this class,
 * applied in order, each in its own transaction, and recorded in {@code schema_version}. A database written by a
 * newer PatentDesk (a version this build does not know) is refused rather than guessed at.
 */
final class Migrations {
    private static final String RESOURCE = "migrations/V%03d.sql";

    private Migrations() {
    }

    /** The migrations this build ships, in order. */
    static List<String> available() {
        List<String> scripts = new ArrayList<>();
        for (int v = 1;; v++) {
            try (InputStream in = Migrations.class.getResourceAsStream(RESOURCE.formatted(v))) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration " + v, e);
            }
        }
    }

    /** Applies the missing migrations; returns the schema version afterwards. */
    static int migrate(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        List<String> scripts = available();
        if (current > scripts.size()) {
            throw new StoreException("This workspace was written by a newer PatentDesk (schema " + current
                    + "); update PatentDesk to open it.", null);
        }
        for (int v = current + 1; v <= scripts.size(); v++) {
            apply(c, v, scripts.get(v - 1));
        }
        return scripts.size();
    }

    /** Whether the database holds any matter yet (an empty new workspace needs no backup). */
    static boolean hasMatters(Connection c) throws SQLException {
        if (currentVersion(c) == 0) {
            return false;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM matter)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (!rs.next()) {
                return 0; // a new, empty database
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void apply(Connection c, int version, String script) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(script)) {
                st.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version(version, applied_ms) VALUES (?, ?)")) {
                ps.setInt(1, version);
                ps.setLong(2, System.currentTimeMillis());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Splits a script at semicolons that end a line; comments starting with -- are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
