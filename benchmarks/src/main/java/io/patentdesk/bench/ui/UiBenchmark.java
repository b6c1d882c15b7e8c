package io.patentdesk.bench.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.AnalysisViewModel;
import io.patentdesk.app.ui.DesktopLauncher;
import io.patentdesk.app.ui.FxWait;
import io.patentdesk.app.ui.LaunchOptions;
import io.patentdesk.app.ui.MainWindow;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.models.ModelState;
import io.patentdesk.editor.SpecArea;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * {@code app --bench-ui}: measures, in the real window, (1) JVM start to a usable window, (2) opening a large
 * specification (text into the editor and the first laid-out frame), (3) keystroke latency in that document, first
 * as used (the app's own analysis and highlighting run after each pause in typing and overlap the next keystrokes),
 * then under stress (a second thread analyzes the whole matter again and again, so every keystroke competes with
 * analysis), and (4) memory with the model loaded. Prints text or JSON.
 */
public final class UiBenchmark {
    private static final int KEYSTROKES = 300;
    private final MatterViewModel matters;
    private final ModelViewModel models;
    private final MatterAnalyzer analyzer;
    private final AnalysisViewModel analysis;
    private final LaunchOptions options;
    private final io.patentdesk.app.ui.spell.SpellingViewModel spelling;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private MainWindow window;
    private SpecArea area;
    private final List<Double> processingMs = new ArrayList<>();
    private final List<Double> frameMs = new ArrayList<>();
    private final List<Double> handlerMs = new ArrayList<>();
    private final List<Double> layoutMs = new ArrayList<>();
    /** UI-thread CPU time per keystroke: the work itself, without waiting for a core on a busy machine. */
    private final List<Double> cpuMs = new ArrayList<>();
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Per keystroke: whether a GC pause or the application of a highlighting result fell into its frame. */
    private final List<Boolean> gcDuring = new ArrayList<>();
    private final List<Boolean> restyleDuring = new ArrayList<>();
    private final List<java.lang.management.GarbageCollectorMXBean> pausingCollectors =
            ManagementFactory.getGarbageCollectorMXBeans().stream().filter(b -> !b.getName().contains("Concurrent")).toList();
    private final AtomicBoolean analyzing = new AtomicBoolean();
    private int analysesDuringTyping;

    /** Per keystroke: whether the app's analysis was running when the key was pressed or before its frame. */
    private final List<Boolean> overlappedAnalysis = new ArrayList<>();
    private boolean stress;

    @Inject
    public UiBenchmark(MatterViewModel matters, ModelViewModel models, MatterAnalyzer analyzer, AnalysisViewModel analysis,
                       LaunchOptions options, io.patentdesk.app.ui.spell.SpellingViewModel spelling) {
        this.spelling = spelling;
        this.matters = matters;
        this.models = models;
        this.analyzer = analyzer;
        this.analysis = analysis;
        this.options = options;
    }

    public void start(MainWindow w) {
        this.window = w;
        // The window is shown; the first frame after this pulse is the first usable one.
        Runnable once = new Runnable() {
            @Override
            public void run() {
                window.scene().removePostLayoutPulseListener(this);
                results.put("coldStartToWindowMs", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                Platform.runLater(UiBenchmark.this::openLarge);
            }
        };
        window.scene().addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    private void openLarge() {
        matters.create("Benchmark");
        FxWait.until(() -> matters.current() != null, 30, () -> {
            String spec = LargeSpecification.make(options.benchSizeBytes());
            results.put("specificationBytes", spec.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            area = window.document().sectionArea(Section.DETAILED_DESCRIPTION);
            window.document().show(area);
            long t0 = System.nanoTime();
            area.replaceText(spec);
            area.moveTo(0);
            Runnable firstFrame = new Runnable() {
                @Override
                public void run() {
                    window.scene().removePostLayoutPulseListener(this);
                    results.put("openSpecificationMs", round((System.nanoTime() - t0) / 1e6));
                    results.put("paragraphs", area.getParagraphs().size());
                    Platform.runLater(UiBenchmark.this::spellCheckThenType);
                }
            };
            window.scene().addPostLayoutPulseListener(firstFrame);
            Platform.requestNextPulse();
        }, () -> fail("the benchmark matter was not created"));
    }

    /**
     * With spell check on (View → Check Spelling, the default), waits for the dictionary, times one spell check of the
     * whole specification on a background thread (as the highlighter runs it), then types: every keystroke's
     * highlighting then includes spell check.
     */
    private void spellCheckThenType() {
        results.put("spellCheck", spelling.enabledProperty().get());
        if (!spelling.enabledProperty().get()) {
            typeAsUsed();
            return;
        }
        FxWait.until(() -> spelling.checkerProperty().get() != null, 120, () -> {
            var checker = spelling.checkerProperty().get();
            String text = area.getText();
            Thread t = new Thread(() -> {
                // Cold: a checker with no verdicts cached, as on opening a matter; warm: the app's, as after an edit.
                var cold = io.patentdesk.editor.spell.SpellChecker.on(io.patentdesk.editor.spell.HunspellDictionary.english(), checker.known());
                long t0 = System.nanoTime();
                int misspelt = cold.check(text).size();
                long t1 = System.nanoTime();
                cold.check(text);
                long t2 = System.nanoTime();
                Platform.runLater(() -> {
                    results.put("spellCheckSpecificationColdMs", Math.round((t1 - t0) / 1e6));
                    results.put("spellCheckSpecificationWarmMs", Math.round((t2 - t1) / 1e6));
                    results.put("spellCheckMisspelt", misspelt);
                    typeAsUsed();
                });
            }, "bench-spelling");
            t.setDaemon(true);
            t.start();
        }, () -> fail("the spelling dictionary was not read"));
    }

    /** Types into the middle of the document; the app analyzes and highlights as it always does. */
    private void typeAsUsed() {
        area.requestFocus();
        area.moveTo(area.getParagraphs().size() / 2, 0);
        area.requestFollowCaret();
        typeKey(0);
    }

    /** Types on while a background thread analyzes the whole matter again and again. */
    private void typeWhileAnalyzing() {
        stress = true;
        Matter big = matters.current().withSection(Section.DETAILED_DESCRIPTION, area.getText());
        analyzing.set(true);
        Thread loop = new Thread(() -> {
            while (analyzing.get()) {
                analyzer.analyze(big);
                analysesDuringTyping++;
            }
        }, "bench-analysis");
        loop.setDaemon(true);
        loop.start();
        area.requestFocus();
        area.moveTo(area.getParagraphs().size() / 3, 0);
        area.requestFollowCaret();
        typeKey(0);
    }

    private void typeKey(int i) {
        if (i == KEYSTROKES) {
            if (!stress) {
                reportTyping("");
                clearTyping();
                Platform.runLater(this::typeWhileAnalyzing);
                return;
            }
            analyzing.set(false);
            reportTyping("stress.");
            report();
            return;
        }
        boolean analysisAtKey = analysis.runningProperty().get();
        String ch = i % 6 == 5 ? " " : "e";
        long gc0 = gcCount();
        long restyles0 = area.restyleCount();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, ch, ch, KeyCode.UNDEFINED, false, false, false, false));
        long handled = System.nanoTime();
        long cpuHandled = threads.getCurrentThreadCpuTime();
        long[] cpuLayoutStart = {0};
        long[] layoutStart = {0};
        Runnable pre = () -> {
            layoutStart[0] = System.nanoTime();
            cpuLayoutStart[0] = threads.getCurrentThreadCpuTime();
        };
        window.scene().addPreLayoutPulseListener(pre);
        Runnable post = new Runnable() {
            @Override
            public void run() {
                long t1 = System.nanoTime();
                window.scene().removePreLayoutPulseListener(pre);
                window.scene().removePostLayoutPulseListener(this);
                processingMs.add(((handled - t0) + (t1 - layoutStart[0])) / 1e6);
                handlerMs.add((handled - t0) / 1e6);
                cpuMs.add(((cpuHandled - cpu0) + (threads.getCurrentThreadCpuTime() - cpuLayoutStart[0])) / 1e6);
                layoutMs.add((t1 - layoutStart[0]) / 1e6);
                frameMs.add((t1 - t0) / 1e6);
                gcDuring.add(gcCount() != gc0);
                overlappedAnalysis.add(stress || analysisAtKey || analysis.runningProperty().get());
                restyleDuring.add(area.restyleCount() != restyles0);
                // Human-like rhythm: bursts with short pauses, so the 300 ms debounce fires and analysis overlaps typing.
                int pause = i % 25 == 24 ? 350 : 40;
                javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(pause));
                p.setOnFinished(e -> typeKey(i + 1));
                p.play();
            }
        };
        window.scene().addPostLayoutPulseListener(post);
        Platform.requestNextPulse();
    }

    private void reportTyping(String prefix) {
        results.put(prefix + "keystrokes", processingMs.size());
        results.put(prefix + "keystrokeProcessingP50Ms", percentile(processingMs, 50));
        results.put(prefix + "keystrokeProcessingP95Ms", percentile(processingMs, 95));
        results.put(prefix + "keystrokeProcessingMaxMs", percentile(processingMs, 100));
        results.put(prefix + "keystrokeToFrameP50Ms", percentile(frameMs, 50));
        results.put(prefix + "keystrokeToFrameP95Ms", percentile(frameMs, 95));
        results.put(prefix + "keystrokeCpuP50Ms", percentile(cpuMs, 50));
        results.put(prefix + "keystrokeCpuP95Ms", percentile(cpuMs, 95));
        results.put(prefix + "keystrokeHandlerP95Ms", percentile(handlerMs, 95));
        results.put(prefix + "keystrokeLayoutP95Ms", percentile(layoutMs, 95));
        List<Double> overlapping = new ArrayList<>();
        for (int k = 0; k < frameMs.size(); k++) {
            if (overlappedAnalysis.get(k)) {
                overlapping.add(frameMs.get(k));
            }
        }
        results.put(prefix + "keystrokesDuringAnalysis", overlapping.size());
        results.put(prefix + "keystrokeToFrameDuringAnalysisP95Ms", percentile(overlapping, 95));
        if (stress) {
            results.put(prefix + "analysesDuringTyping", analysesDuringTyping);
        }
        // What the slow keystrokes (over one 60 Hz frame) had in common: a GC pause, or a highlighting result applied.
        int slow = 0;
        int slowGc = 0;
        int slowRestyle = 0;
        for (int k = 0; k < processingMs.size(); k++) {
            if (processingMs.get(k) > 16.7) {
                slow++;
                slowGc += gcDuring.get(k) ? 1 : 0;
                slowRestyle += restyleDuring.get(k) ? 1 : 0;
            }
        }
        results.put(prefix + "slowKeystrokes", slow);
        results.put(prefix + "slowWithGcPause", slowGc);
        results.put(prefix + "slowWithRestyle", slowRestyle);
        results.put(prefix + "gcPausesDuringTyping", gcDuring.stream().filter(b -> b).count());
        results.put(prefix + "restylesDuringTyping", restyleDuring.stream().filter(b -> b).count());
    }

    private void clearTyping() {
        for (List<?> l : List.of(processingMs, frameMs, handlerMs, layoutMs, cpuMs, gcDuring, restyleDuring, overlappedAnalysis)) {
            l.clear();
        }
    }

    private void report() {
        results.put("loadAverage1m", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        results.put("cores", Runtime.getRuntime().availableProcessors());
        models.loadInBackground();
        FxWait.until(() -> models.stateProperty().get().status() != ModelState.Status.LOADING, 180, this::memory,
                () -> fail("the model did not load"));
    }

    private void memory() {
        ModelState s = models.stateProperty().get();
        results.put("model", s.ready() ? s.name() : "none (" + s.problem() + ")");
        System.gc();
        // G1 gives the freed heap back to the OS in the background: read the figures once it has.
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        settle.setOnFinished(e -> {
            Runtime rt = Runtime.getRuntime();
            var mem = ManagementFactory.getMemoryMXBean();
            results.put("heapUsedMb", round((rt.totalMemory() - rt.freeMemory()) / 1048576.0));
            results.put("heapCommittedMb", round(rt.totalMemory() / 1048576.0));
            results.put("nonHeapCommittedMb", round(mem.getNonHeapMemoryUsage().getCommitted() / 1048576.0));
            results.put("rssMb", round(rssKb() / 1024.0));
            // Where the resident memory is: anonymous (heaps, native libraries) versus mapped files, and with
            // -XX:NativeMemoryTracking=summary the JVM's own committed memory per category.
            ProcessMemory.resident().forEach((k, v) -> {
                if (!k.equals("VmRSS")) {
                    results.put(Character.toLowerCase(k.charAt(0)) + k.substring(1) + "Mb", round(v));
                }
            });
            ProcessMemory.nativeTracking().forEach((k, v) -> results.put("nmt." + k.replace(" ", "") + "Mb", round(v)));
            print();
            ProcessMemory.writeHistogram(System.getProperty("patentdesk.bench.histogram"));
            ProcessMemory.writeHeapDump(System.getProperty("patentdesk.bench.heapdump"));
            DesktopLauncher.exitStatus(0);
            window.shutdown();
        });
        settle.play();
    }

    private void print() {
        if (options.json()) {
            StringBuilder sb = new StringBuilder("{");
            results.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                    .append(v instanceof String str ? "\"" + str.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v));
            System.out.println(sb.append('}'));
        } else {
            results.forEach((k, v) -> System.out.println(k + ": " + v));
        }
    }

    private void fail(String why) {
        System.err.println("patentdesk: benchmark failed: " + why);
        DesktopLauncher.exitStatus(1);
        window.shutdown();
    }

    private long gcCount() {
        long n = 0;
        for (var b : pausingCollectors) {
            n += Math.max(0, b.getCollectionCount());
        }
        return n;
    }

    static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Resident memory of this process (Linux); 0 where /proc is not available. */
    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}
