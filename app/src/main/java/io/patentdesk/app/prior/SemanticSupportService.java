package io.patentdesk.app.prior;

import io.patentdesk.analyzer.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link SemanticSupport} for the editor's analysis, which runs after every edit and must stay fast: the description's
 * passage vectors are kept (by passage text, so an edit re-embeds only the passages it changed) and computed on a
 * thread of their own. While some are missing, a report is returned as the analyzer made it and the missing ones
 * are embedded in the background; when they are ready, {@code onReady} is called so the caller analyses again and
 * then gets the infos. When the encoder cannot be opened, reports stay as they are and that is said once.
 */
public final class SemanticSupportService implements AutoCloseable {
    /** Opens the encoder; called once, on the background thread. */
    @FunctionalInterface
    public interface EncoderSource {
        TextEmbedder open() throws Exception;
    }

    /** Vectors kept: about 1.5 KB each, so 6 MB for the passages of a few large descriptions. */
    static final int KEPT = 4000;

    private final EncoderSource source;
    private final Consumer<Exception> unavailable;
    private final Map<String, float[]> vectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > KEPT;
        }
    };
    private final AtomicBoolean filling = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "patentdesk-semantic-support");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // the editor comes first
        return t;
    });
    private TextEmbedder encoder;
    private boolean failed;
    private volatile Runnable onReady = () -> { };

    /**
     * @param unavailable told, once, why the encoder could not be opened (the analysis goes on without it)
     */
    public SemanticSupportService(EncoderSource source, Consumer<Exception> unavailable) {
        this.source = source;
        this.unavailable = unavailable;
    }

    /** Called on the background thread when vectors that a report lacked are ready. */
    public void onReady(Runnable r) {
        this.onReady = r;
    }

    /**
     * The report revised by {@link SemanticSupport#revise} when the description's vectors are at hand; otherwise the
     * report as it is, with the missing vectors being computed. Thread-safe; never blocks on the encoder loading.
     */
    public Report revise(Report report, String description) {
        if (report.findingsOf(SemanticSupport.UNSUPPORTED).isEmpty() || description == null || description.isBlank()) {
            return report;
        }
        List<String> passages = SemanticSupport.passageTexts(description);
        if (passages.size() > KEPT) {
            // more passages than are kept: they could never all be at hand, and each report would embed them again
            return report;
        }
        TextEmbedder ready;
        synchronized (this) {
            if (failed) {
                return report;
            }
            ready = encoder;
            List<String> missing = ready == null ? passages : missing(passages);
            if (!missing.isEmpty()) {
                fill(missing);
                return report;
            }
        }
        return SemanticSupport.revise(report, description, cached(ready));
    }

    private List<String> missing(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (!vectors.containsKey(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Embeds the texts on the background thread (one fill at a time; a later report asks again for what is left). */
    private void fill(List<String> texts) {
        if (!filling.compareAndSet(false, true)) {
            return;
        }
        thread.execute(() -> {
            try {
                TextEmbedder e = encoder();
                if (e == null) {
                    return;
                }
                for (int from = 0; from < texts.size(); from += PassageLibrary.SLICE) {
                    List<String> slice = texts.subList(from, Math.min(texts.size(), from + PassageLibrary.SLICE));
                    float[][] v = e.embed(slice);
                    synchronized (this) {
                        for (int i = 0; i < slice.size(); i++) {
                            vectors.put(slice.get(i), v[i]);
                        }
                    }
                }
            } catch (RuntimeException ex) {
                unavailable.accept(ex);
                return;
            } finally {
                filling.set(false);
            }
            onReady.run();
        });
    }

    private TextEmbedder encoder() {
        synchronized (this) {
            if (encoder != null || failed) {
                return encoder;
            }
        }
        try {
            TextEmbedder opened = source.open();
            synchronized (this) {
                encoder = opened;
            }
            return opened;
        } catch (Exception e) {
            synchronized (this) {
                failed = true;
            }
            unavailable.accept(e);
            return null;
        }
    }

    /** The encoder answering from the kept vectors; what is not kept (the claim terms) it embeds and keeps. */
    private TextEmbedder cached(TextEmbedder e) {
        return texts -> {
            List<String> missing;
            synchronized (this) {
                missing = missing(texts);
            }
            float[][] fresh = missing.isEmpty() ? new float[0][] : e.embed(missing);
            float[][] out = new float[texts.size()][];
            synchronized (this) {
                for (int i = 0; i < missing.size(); i++) {
                    vectors.put(missing.get(i), fresh[i]);
                }
                for (int i = 0; i < texts.size(); i++) {
                    out[i] = vectors.get(texts.get(i));
                }
            }
            return out;
        };
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
