package io.patentdesk.app.prior;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene BM25 over passages, in memory, each passage analysed for its script ({@link TextScript}): English (lower
 * case, stop words, Porter stems, so "locking" finds "locked") or Chinese (SmartCN's word segmentation, so "掘进机"
 * is one term rather than three characters that each occur everywhere). The two go into separate fields, and a
 * claim element is looked up in both, each with its own analysis, as one OR query: a Chinese claim finds Chinese
 * passages, an English one English passages and the Latin words (reference signs, names) of Chinese ones. Built once
 * per set of passages; searching is thread-safe.
 */
public final class Bm25Index implements AutoCloseable {
    static final String TEXT = "text";
    static final String TEXT_ZH = "text_zh";
    static final String ID = "id";

    /**
     * Lucene says through java.util.logging, on standard error, that the JDK's vector incubator module is not
     * enabled; it only speeds up vector search, which this index does not use. Held here so the setting stays.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(english, Map.of(TEXT_ZH, chinese));
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Bm25Index(List<Passage> passages) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < passages.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField(ID, i));
                    String text = passages.get(i).text();
                    doc.add(new TextField(fieldFor(text), text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e); // memory-backed: only a bug gets here
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static String fieldFor(String text) {
        return TextScript.of(text) == TextScript.CHINESE ? TEXT_ZH : TEXT;
    }

    /** Passage indices, best first, at most {@code n}; empty when no analysed word of the query occurs. */
    public List<Integer> search(String query, int n) {
        return scored(query, n).stream().map(ScoredPassage::passage).toList();
    }

    /**
     * The best passages with their Lucene BM25 scores (k1 1.2, b 0.75; unbounded, comparable within one query
     * only), best first, at most {@code n}; empty when no analysed word of the query occurs.
     */
    public List<ScoredPassage> scored(String query, int n) {
        List<ScoredPassage> out = new ArrayList<>();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : List.of(TEXT, TEXT_ZH)) {
            for (String t : analysed(field == TEXT ? english : chinese, query, null)) {
                if (clauses++ < IndexSearcher.getMaxClauseCount()) { // a whole claim as query stays far below
                    q.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        if (clauses == 0) {
            return out;
        }
        try {
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(q.build(), n).scoreDocs) {
                out.add(new ScoredPassage(stored.document(hit.doc).getField(ID).numericValue().intValue(), hit.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
        return out;
    }

    /** The text's analysed terms (stems, or Chinese words), analysed for its script, without duplicates. */
    public Set<String> terms(String text) {
        return analysed(analyzerFor(text), text, null);
    }

    /**
     * The words of {@code passage}, as written, whose analysed form is one of the element's (both analysed for the
     * passage's script): what a chart highlights. Chinese words are found by segmentation, not by spaces.
     */
    public List<String> matchedWords(String passage, String element) {
        Analyzer a = analyzerFor(passage);
        Set<String> wanted = analysed(a, element, null);
        Set<String> out = new LinkedHashSet<>();
        analysed(a, passage, (term, surface) -> {
            if (wanted.contains(term)) {
                out.add(surface);
            }
        });
        return List.copyOf(out);
    }

    private Analyzer analyzerFor(String text) {
        return TextScript.of(text) == TextScript.CHINESE ? chinese : english;
    }

    /** Analyses {@code text}; each term with the text it came from goes to {@code each} when given. */
    private static Set<String> analysed(Analyzer a, String text, java.util.function.BiConsumer<String, String> each) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = a.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
                if (each != null) {
                    each.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a string failed", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // memory only: nothing to release beyond what the collector takes
        }
        analyzer.close();
        english.close();
        chinese.close();
    }
}
