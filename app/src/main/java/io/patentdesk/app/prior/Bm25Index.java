package io.patentdesk.app.prior;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
 * Lucene BM25 over passages, in memory: English analysis (lower case, stop words, Porter stems, so "locking" finds
 * "locked"), a claim element's words as one OR query. Built once per set of passages; searching is thread-safe.
 */
public final class Bm25Index implements AutoCloseable {
    static final String TEXT = "text";
    static final String ID = "id";

    /**
     * Lucene says through java.util.logging, on standard error, that the JDK's vector incubator module is not
     * enabled; it only speeds up vector search, which this index does not use. Held here so the setting stays.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

    private final Analyzer analyzer = new EnglishAnalyzer();
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
                    doc.add(new TextField(TEXT, passages.get(i).text(), Field.Store.NO));
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

    /** Passage indices, best first, at most {@code n}; empty when no analysed word of the query occurs. */
    public List<Integer> search(String query, int n) {
        Set<String> terms = terms(query);
        List<Integer> out = new ArrayList<>();
        if (terms.isEmpty()) {
            return out;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String t : terms) {
            q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
        }
        try {
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(q.build(), n).scoreDocs) {
                out.add(stored.document(hit.doc).getField(ID).numericValue().intValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
        return out;
    }

    /** The query's analysed terms (stems), without duplicates; also what highlighting matches against. */
    public Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
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
    }
}
