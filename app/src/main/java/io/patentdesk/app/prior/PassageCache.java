package io.patentdesk.app.prior;

import io.patentdesk.app.store.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Indexed references kept on disk so a reference is read and embedded once: {@code prior-art.db} (SQLite) beside the
 * workspace in the data directory, private to the user like it (0600). Keyed by the SHA-256 of the reference file's
 * bytes, the encoder's name and {@link #READER_VERSION}, so a changed file, another model or a changed reader never
 * gets stale passages. Kept apart from {@code workspace.db}: it is derived data (deleting it costs only time) and its
 * vectors (1.5 KB a passage, tens of MB for a large matter) would otherwise go into every workspace backup.
 */
public final class PassageCache implements AutoCloseable {
    public static final String FILE = "prior-art.db";
    /**
     * Bump when reading, reflowing or chunking changes what passages a file gives (2: DOCX and USPTO XML keep their
     * paragraph numbers; Chinese text is measured and cut by characters, where before it was left out as too short).
     */
    static final int READER_VERSION = 2;

    private final Connection connection;
    private final Path file;

    private PassageCache(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating) the cache in {@code dataDir}. */
    public static PassageCache open(Path dataDir) throws IOException {
        PrivateFiles.folder(dataDir);
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            PrivateFiles.createFile(file);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("CREATE TABLE IF NOT EXISTS reference_index (sha TEXT NOT NULL, model TEXT NOT NULL,"
                        + " reader INTEGER NOT NULL, pages INTEGER NOT NULL, created_ms INTEGER NOT NULL,"
                        + " PRIMARY KEY (sha, model, reader))");
                st.execute("CREATE TABLE IF NOT EXISTS passage (sha TEXT NOT NULL, model TEXT NOT NULL,"
                        + " reader INTEGER NOT NULL, ordinal INTEGER NOT NULL, page INTEGER NOT NULL, paragraph TEXT,"
                        + " text TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (sha, model, reader, ordinal))");
            }
            return new PassageCache(c, file);
        } catch (SQLException e) {
            throw new IOException("Cannot open the prior-art index " + file + ": " + firstLine(e), e);
        }
    }

    /** The SHA-256 of a file's bytes, the key of its passages. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The indexed reference stored for this file content and model, if any (paragraphs are not kept). */
    public Optional<PassageLibrary.IndexedReference> find(Path source, String sha, String model) throws IOException {
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT pages FROM reference_index WHERE sha = ? AND model = ? AND reader = ?")) {
            bind(head, sha, model);
            int pages;
            try (ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                pages = rs.getInt(1);
            }
            List<Passage> passages = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT page, paragraph, text, vector FROM passage"
                    + " WHERE sha = ? AND model = ? AND reader = ? ORDER BY ordinal")) {
                bind(ps, sha, model);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        passages.add(new Passage(0, rs.getInt(1), rs.getString(2), rs.getString(3)));
                        vectors.add(floats(rs.getBytes(4)));
                    }
                }
            }
            return Optional.of(new PassageLibrary.IndexedReference(new ReferenceText(source, pages, List.of()),
                    passages, vectors.toArray(float[][]::new)));
        } catch (SQLException e) {
            throw new IOException("Cannot read the prior-art index " + file + ": " + firstLine(e), e);
        }
    }

    /** Stores an indexed reference in one transaction: a reader sees all of its passages or none. */
    public void put(String sha, String model, PassageLibrary.IndexedReference indexed) throws IOException {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement del = connection.prepareStatement(
                    "DELETE FROM passage WHERE sha = ? AND model = ? AND reader = ?");
                    PreparedStatement ins = connection.prepareStatement("INSERT INTO passage (sha, model, reader,"
                            + " ordinal, page, paragraph, text, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement head = connection.prepareStatement("INSERT OR REPLACE INTO reference_index"
                            + " (sha, model, reader, pages, created_ms) VALUES (?, ?, ?, ?, ?)")) {
                bind(del, sha, model);
                del.executeUpdate();
                for (int i = 0; i < indexed.passages().size(); i++) {
                    Passage p = indexed.passages().get(i);
                    bind(ins, sha, model);
                    ins.setInt(4, i);
                    ins.setInt(5, p.page());
                    ins.setString(6, p.paragraph());
                    ins.setString(7, p.text());
                    ins.setBytes(8, bytes(indexed.vectors()[i]));
                    ins.addBatch();
                }
                ins.executeBatch();
                bind(head, sha, model);
                head.setInt(4, indexed.text().pages());
                head.setLong(5, System.currentTimeMillis());
                head.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("Cannot write the prior-art index " + file + ": " + firstLine(e), e);
        }
    }

    private static void bind(PreparedStatement ps, String sha, String model) throws SQLException {
        ps.setString(1, sha);
        ps.setString(2, model);
        ps.setInt(3, READER_VERSION);
    }

    /** Little-endian float32, the layout every platform reads back the same. */
    static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    static float[] floats(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a read/write connection after commit: nothing left to lose
        }
    }
}
