package io.patentdesk.app.store.salvage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every row still readable from the table leaf pages of a (possibly damaged) SQLite file, without going
 * through its b-tree: a damaged interior page or header hides no rows that sit on sound leaf pages. Pages on the
 * free list are skipped when the header still leads to it (their old content would bring deleted rows back). A row
 * whose bytes do not decode (a varint running off its page, text that is not UTF-8, an overflow chain that leaves
 * the file or loops) is dropped, never guessed at: the caller checks what it gets against its own checksums.
 */
public final class TableLeafScanner {
    private static final int LEAF_TABLE = 13;

    private final SqlitePages pages;

    public TableLeafScanner(SqlitePages pages) {
        this.pages = pages;
    }

    /** All rows of all tables, page by page. */
    public List<RawRow> rows() {
        Set<Integer> free = freePages();
        List<RawRow> out = new ArrayList<>();
        int count = pages.pageCount();
        for (int p = 1; p <= count; p++) {
            if (free.contains(p)) {
                continue;
            }
            byte[] page = pages.page(p);
            if (page != null) {
                readLeaf(p, page, out);
            }
        }
        return out;
    }

    /** The free-list trunk and leaf pages named from page 1, as far as the chain can be followed. */
    Set<Integer> freePages() {
        Set<Integer> free = new HashSet<>();
        byte[] first = pages.page(1);
        if (first == null || first.length < 100) {
            return free;
        }
        ByteBuffer h = ByteBuffer.wrap(first);
        int trunk = h.getInt(32);
        int count = pages.pageCount();
        while (trunk > 1 && trunk <= count && free.add(trunk)) {
            byte[] t = pages.page(trunk);
            if (t == null) {
                break;
            }
            ByteBuffer tb = ByteBuffer.wrap(t);
            int leaves = tb.getInt(4);
            if (leaves < 0 || 8 + 4L * leaves > pages.usableSize()) {
                break;
            }
            for (int i = 0; i < leaves; i++) {
                int leaf = tb.getInt(8 + 4 * i);
                if (leaf > 1 && leaf <= count) {
                    free.add(leaf);
                }
            }
            trunk = tb.getInt(0);
        }
        return free;
    }

    private void readLeaf(int pageNo, byte[] page, List<RawRow> out) {
        int hdr = pageNo == 1 ? 100 : 0;
        int usable = pages.usableSize();
        if ((page[hdr] & 0xff) != LEAF_TABLE) {
            return;
        }
        int cells = u16(page, hdr + 3);
        int pointers = hdr + 8;
        if (pointers + 2 * cells > usable) {
            return;
        }
        for (int i = 0; i < cells; i++) {
            int cell = u16(page, pointers + 2 * i);
            if (cell < pointers + 2 * cells || cell >= usable) {
                continue;
            }
            try {
                RawRow row = readCell(pageNo, page, cell);
                if (row != null) {
                    out.add(row);
                }
            } catch (RuntimeException damaged) {
                // this cell's bytes are not a row: drop it, keep the rest of the page
            }
        }
    }

    private RawRow readCell(int pageNo, byte[] page, int cell) {
        int usable = pages.usableSize();
        long[] v = new long[2];
        int pos = varint(page, cell, usable, v);
        long payloadSize = v[0];
        pos = varint(page, pos, usable, v);
        long rowid = v[0];
        if (payloadSize < 1 || payloadSize > 1L << 30) {
            return null;
        }
        int local = localPayload((int) payloadSize, usable);
        if (pos + local > usable) {
            return null;
        }
        byte[] payload = new byte[(int) payloadSize];
        System.arraycopy(page, pos, payload, 0, local);
        if (local < payloadSize) {
            int overflow = ByteBuffer.wrap(page).getInt(pos + local);
            if (!readOverflow(overflow, payload, local)) {
                return null;
            }
        }
        List<Object> values = decodeRecord(payload);
        return values == null ? null : new RawRow(pageNo, rowid, values);
    }

    /** SQLite's rule for how much of a table leaf cell's payload stays on the page. */
    static int localPayload(int p, int usable) {
        int x = usable - 35;
        if (p <= x) {
            return p;
        }
        int m = ((usable - 12) * 32 / 255) - 23;
        int k = m + ((p - m) % (usable - 4));
        return k <= x ? k : m;
    }

    private boolean readOverflow(int first, byte[] payload, int filled) {
        int usable = pages.usableSize();
        int count = pages.pageCount();
        Set<Integer> seen = new HashSet<>();
        int next = first;
        while (filled < payload.length) {
            if (next < 2 || next > count || !seen.add(next)) {
                return false;
            }
            byte[] o = pages.page(next);
            if (o == null) {
                return false;
            }
            int n = Math.min(usable - 4, payload.length - filled);
            System.arraycopy(o, 4, payload, filled, n);
            filled += n;
            next = ByteBuffer.wrap(o).getInt(0);
        }
        return true;
    }

    /** The values of an SQLite record, or null when its header and body do not agree. */
    static List<Object> decodeRecord(byte[] rec) {
        long[] v = new long[2];
        int pos = varint(rec, 0, rec.length, v);
        long headerSize = v[0];
        if (headerSize < 1 || headerSize > rec.length) {
            return null;
        }
        List<Long> types = new ArrayList<>();
        while (pos < headerSize) {
            pos = varint(rec, pos, (int) headerSize, v);
            types.add(v[0]);
        }
        int body = (int) headerSize;
        List<Object> values = new ArrayList<>(types.size());
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (long t : types) {
            int len = serialLength(t);
            if (len < 0 || body + len > rec.length) {
                return null;
            }
            values.add(value(t, rec, body, len, utf8));
            if (t >= 13 && t % 2 == 1 && values.get(values.size() - 1) == null) {
                return null; // text that is not UTF-8: damaged bytes
            }
            body += len;
        }
        return body == rec.length ? values : null;
    }

    private static int serialLength(long t) {
        if (t >= 12) {
            long n = (t - (t % 2 == 0 ? 12 : 13)) / 2;
            return n > Integer.MAX_VALUE ? -1 : (int) n;
        }
        return switch ((int) t) {
            case 0, 8, 9 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 6;
            case 6, 7 -> 8;
            default -> -1;
        };
    }

    private static Object value(long t, byte[] b, int off, int len, CharsetDecoder utf8) {
        if (t == 0) {
            return null;
        }
        if (t == 8) {
            return 0L;
        }
        if (t == 9) {
            return 1L;
        }
        if (t == 7) {
            return Double.longBitsToDouble(bigEndian(b, off, 8));
        }
        if (t <= 6) {
            long raw = bigEndian(b, off, len);
            int shift = 64 - 8 * len;
            return (raw << shift) >> shift; // sign-extend
        }
        if (t % 2 == 0) {
            byte[] blob = new byte[len];
            System.arraycopy(b, off, blob, 0, len);
            return blob;
        }
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(b, off, len));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static long bigEndian(byte[] b, int off, int len) {
        long r = 0;
        for (int i = 0; i < len; i++) {
            r = (r << 8) | (b[off + i] & 0xff);
        }
        return r;
    }

    /** Reads SQLite's big-endian varint at {@code pos} into {@code out[0]}; returns the position after it. */
    static int varint(byte[] b, int pos, int limit, long[] out) {
        long r = 0;
        for (int i = 0; i < 9; i++) {
            if (pos >= limit) {
                throw new IndexOutOfBoundsException("varint runs off the page");
            }
            int c = b[pos++] & 0xff;
            if (i == 8) {
                r = (r << 8) | c;
                break;
            }
            r = (r << 7) | (c & 0x7f);
            if ((c & 0x80) == 0) {
                break;
            }
        }
        out[0] = r;
        return pos;
    }

    private static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }
}
