package io.patentdesk.app.store.salvage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The pages of an SQLite database file read as raw bytes, with the committed frames of its write-ahead log laid
 * over them, exactly as SQLite would see them after a checkpoint. Nothing here trusts the file's structure: the
 * page size is taken from the header when it is sane and guessed otherwise, and a damaged log is used only up to
 * its last frame whose checksum chain holds. Read-only: the files are never opened for writing.
 */
public final class SqlitePages {
    private static final int WAL_HEADER = 32;
    private static final int FRAME_HEADER = 24;

    private final byte[] db;
    private final int pageSize;
    private final int usableSize;
    private final Map<Integer, byte[]> walPages;

    private SqlitePages(byte[] db, int pageSize, int reserved, Map<Integer, byte[]> walPages) {
        this.db = db;
        this.pageSize = pageSize;
        this.usableSize = pageSize - reserved;
        this.walPages = walPages;
    }

    /** Reads {@code dbFile} and, when present and sound, its {@code -wal} file. */
    public static SqlitePages read(Path dbFile) throws IOException {
        byte[] db = Files.exists(dbFile) ? Files.readAllBytes(dbFile) : new byte[0];
        Path walFile = dbFile.resolveSibling(dbFile.getFileName() + "-wal");
        byte[] wal = Files.exists(walFile) ? Files.readAllBytes(walFile) : new byte[0];
        int pageSize = headerPageSize(db);
        if (pageSize == 0) {
            pageSize = walPageSize(wal);
        }
        if (pageSize == 0) {
            pageSize = 4096; // SQLite's default, and what PatentDesk's workspaces use
        }
        int reserved = soundHeader(db) ? db[20] & 0xff : 0;
        if (reserved >= pageSize / 2) {
            reserved = 0;
        }
        return new SqlitePages(db, pageSize, reserved, committedWalFrames(wal, pageSize));
    }

    public int pageSize() {
        return pageSize;
    }

    /** The usable bytes of a page (the page size less the bytes reserved for extensions). */
    public int usableSize() {
        return usableSize;
    }

    /** How many pages there are, counting pages that exist only in the log. */
    public int pageCount() {
        int n = db.length / pageSize;
        for (int p : walPages.keySet()) {
            n = Math.max(n, p);
        }
        return n;
    }

    /** Page {@code number} (1-based), or null when it lies beyond the file. */
    public byte[] page(int number) {
        byte[] fromWal = walPages.get(number);
        if (fromWal != null) {
            return fromWal;
        }
        long start = (long) (number - 1) * pageSize;
        if (number < 1 || start + pageSize > db.length) {
            return null;
        }
        byte[] out = new byte[pageSize];
        System.arraycopy(db, (int) start, out, 0, pageSize);
        return out;
    }

    private static boolean soundHeader(byte[] db) {
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return db.length >= 100 && java.util.Arrays.equals(db, 0, magic.length, magic, 0, magic.length);
    }

    private static int headerPageSize(byte[] db) {
        if (!soundHeader(db)) {
            return 0;
        }
        int raw = ((db[16] & 0xff) << 8) | (db[17] & 0xff);
        int size = raw == 1 ? 65536 : raw;
        return validPageSize(size) ? size : 0;
    }

    private static boolean validPageSize(int size) {
        return size >= 512 && size <= 65536 && Integer.bitCount(size) == 1;
    }

    private static int walPageSize(byte[] wal) {
        if (wal.length < WAL_HEADER) {
            return 0;
        }
        int size = ByteBuffer.wrap(wal, 8, 4).getInt();
        return validPageSize(size) ? size : 0;
    }

    /**
     * The newest committed copy of each page in the log: frames are taken in order while their salts match the
     * header and their cumulative checksum holds, and only up to the last commit frame (a frame whose "database
     * size" field is non-zero), as SQLite's recovery does.
     */
    static Map<Integer, byte[]> committedWalFrames(byte[] wal, int pageSize) {
        Map<Integer, byte[]> committed = new HashMap<>();
        if (wal.length < WAL_HEADER) {
            return committed;
        }
        ByteBuffer header = ByteBuffer.wrap(wal).order(ByteOrder.BIG_ENDIAN);
        int magic = header.getInt(0);
        if (magic != 0x377f0682 && magic != 0x377f0683 || header.getInt(8) != pageSize) {
            return committed;
        }
        boolean bigEndianSums = magic == 0x377f0683;
        int salt1 = header.getInt(16);
        int salt2 = header.getInt(20);
        int[] sum = checksum(wal, 0, 24, new int[] {0, 0}, bigEndianSums);
        if (sum[0] != header.getInt(24) || sum[1] != header.getInt(28)) {
            return committed;
        }
        Map<Integer, byte[]> pending = new HashMap<>();
        for (int off = WAL_HEADER; off + FRAME_HEADER + pageSize <= wal.length; off += FRAME_HEADER + pageSize) {
            int pageNo = header.getInt(off);
            int dbSize = header.getInt(off + 4);
            if (header.getInt(off + 8) != salt1 || header.getInt(off + 12) != salt2) {
                break;
            }
            sum = checksum(wal, off, 8, sum, bigEndianSums);
            sum = checksum(wal, off + FRAME_HEADER, pageSize, sum, bigEndianSums);
            if (sum[0] != header.getInt(off + 16) || sum[1] != header.getInt(off + 20)) {
                break;
            }
            byte[] page = new byte[pageSize];
            System.arraycopy(wal, off + FRAME_HEADER, page, 0, pageSize);
            pending.put(pageNo, page);
            if (dbSize != 0) {
                committed.putAll(pending);
                pending.clear();
            }
        }
        return committed;
    }

    /** SQLite's WAL checksum over {@code len} bytes (a multiple of 8) continuing from {@code start}. */
    private static int[] checksum(byte[] b, int off, int len, int[] start, boolean bigEndian) {
        ByteBuffer buf = ByteBuffer.wrap(b, off, len).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int s0 = start[0];
        int s1 = start[1];
        for (int i = 0; i < len; i += 8) {
            s0 += buf.getInt(off + i) + s1;
            s1 += buf.getInt(off + i + 4) + s0;
        }
        return new int[] {s0, s1};
    }
}
