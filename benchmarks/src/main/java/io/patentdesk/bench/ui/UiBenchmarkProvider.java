package io.patentdesk.bench.ui;

import com.google.inject.Injector;
import io.patentdesk.app.ui.MainWindow;
import io.patentdesk.app.ui.UiBenchmarkRun;

/** Offers {@link UiBenchmark} to {@code app --bench-ui} (registered in META-INF/services). */
public final class UiBenchmarkProvider implements UiBenchmarkRun {

    @Override
    public void start(Injector injector, MainWindow window) {
        injector.getInstance(UiBenchmark.class).start(window);
    }
}
