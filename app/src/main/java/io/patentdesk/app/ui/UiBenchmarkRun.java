package io.patentdesk.app.ui;

import com.google.inject.Injector;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@code app --bench-ui} run. It lives in the benchmarks module, found with {@link ServiceLoader}, so that the
 * shipped app carries no benchmark code; where that module is not on the class path (an installed package),
 * {@code --bench-ui} is refused with one line before the window opens.
 */
public interface UiBenchmarkRun {

    /** Starts the benchmark in the shown window; it exits the app with its status when done. */
    void start(Injector injector, MainWindow window);

    /** The benchmark run on the class path, if any. */
    static Optional<UiBenchmarkRun> find() {
        return ServiceLoader.load(UiBenchmarkRun.class).findFirst();
    }
}
