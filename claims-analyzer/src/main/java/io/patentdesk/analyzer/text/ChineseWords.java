package io.patentdesk.analyzer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Chinese word segmentation by Lucene's smartcn (a hidden Markov model over the ICTCLAS dictionary, bundled in its jar;
 * no network). Chinese has no spaces: the words of "所述第一连接杆的一端" are 第一 / 连接 / 杆 / 的 / 一端.
 *
 * <p>Segmenting costs about 5-10 µs per character on a laptop core and its dictionaries take some 200 ms to load on
 * first use, so callers segment only the short stretches they must (the words after an unresolved 所述), never whole
 * claim sets. The editor analyses the same claims again on every pause in typing, so segmentations are remembered (a
 * bounded cache, emptied when full). Thread-safe: the segmenter keeps no state between calls, and its dictionaries are
 * read-only once loaded.
 */
public final class ChineseWords {

    /** One word: [start, end) in the segmented text. */
    public record Word(int start, int end) {}

    /** Stretches segmented lately; a few thousand cover the claims open in the editor. */
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, List<Word>> CACHE = new ConcurrentHashMap<>();

    /** smartcn's word types for the begin and end markers it puts around a sentence (WordType in smartcn). */
    private static final int SENTENCE_BEGIN = 0;
    private static final int SENTENCE_END = 1;

    private ChineseWords() {}

    /** Loaded on first use: the dictionaries load in the segmenter's static initialiser. */
    private static final class Holder {
        static final HHMMSegmenter SEGMENTER = new HHMMSegmenter();
    }

    /**
     * The words of {@code s} (a clause: no sentence punctuation needed), in order, as offsets into {@code s}; together
     * they cover every character of {@code s}.
     */
    public static List<Word> words(String s) {
        List<Word> known = CACHE.get(s);
        if (known != null) {
            return known;
        }
        List<Word> out = segment(s);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(s, out);
        return out;
    }

    /** The words of {@code s} as smartcn finds them, without the cache. */
    public static List<Word> segment(String s) {
        List<Word> out = new ArrayList<>();
        if (s.isEmpty()) {
            return List.of();
        }
        int covered = 0;
        for (SegToken t : Holder.SEGMENTER.process(s)) {
            if (t.wordType == SENTENCE_BEGIN || t.wordType == SENTENCE_END || t.endOffset <= covered) {
                continue;
            }
            out.add(new Word(Math.max(covered, t.startOffset), Math.min(s.length(), t.endOffset)));
            covered = Math.min(s.length(), t.endOffset);
        }
        if (covered < s.length()) {
            out.add(new Word(covered, s.length()));
        }
        return List.copyOf(out);
    }
}
