package io.patentdesk.app.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.models.ModelService;
import io.patentdesk.app.store.ModelSettings;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Models dialog's logic with real model folders: the bundled demo model, the inference module's tiny model and a
 * broken folder, on the same-thread executor.
 */
class ModelsViewModelTest {
    static final Path TINY = Path.of("..", "local-inference", "src", "test", "resources", "models", "tiny-genai")
            .toAbsolutePath().normalize();

    @TempDir
    Path dataDir;
    @TempDir
    Path broken;
    ModelViewModel models;
    ModelsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TINY), "tiny test model not present");
        // A folder a user might pick by mistake: a config, but no tokenizer.
        Files.copy(TINY.resolve("genai_config.json"), broken.resolve("genai_config.json"));
        models = new ModelViewModel(new ModelService(null, ModelSettings.in(dataDir)), new CurrentThreadTaskExecutor());
        vm = new ModelsViewModel(models, new CurrentThreadTaskExecutor());
        vm.open();
    }

    @AfterEach
    void close() {
        if (models != null) {
            models.close();
        }
    }

    ModelEntry entry(Path folder) {
        return vm.entries().stream().filter(e -> e.folder().equals(folder)).findFirst().orElseThrow();
    }

    @Test
    void theBundledModelIsListedAsTheDemoModelAndIsTheDefault() {
        Assumptions.assumeTrue(models.service().bundledFolder().isPresent(), "this build carries no bundled model");
        ModelEntry bundled = vm.entries().get(0);
        assertThat(bundled.bundled()).isTrue();
        assertThat(bundled.title()).endsWith("small demo model");
        assertThat(bundled.loads()).as(bundled.line()).isTrue();
        assertThat(bundled.inspection().contextLength()).isPositive();
        assertThat(bundled.inspection().provider()).startsWith("CPU");
        assertThat(bundled.inspection().sizeBytes()).isGreaterThan(1_000_000);
        assertThat(vm.isDefault(bundled)).isTrue();
        assertThat(ModelsViewModel.DEMO_HINT).contains("Qwen2.5").contains("onnxruntime-genai").contains("Optimum");
    }

    @Test
    void aFolderThatDoesNotLoadSaysWhyInOneLine() {
        vm.add(broken);
        ModelEntry e = entry(broken);
        assertThat(e.loads()).isFalse();
        assertThat(e.line()).startsWith("Does not load: ").contains("tokenizer.json").doesNotContain("\n")
                .doesNotContain("Exception");
        vm.makeDefault(e);
        assertThat(vm.defaultFolderProperty().get()).isNull(); // only a model that loads can be the default
    }

    @Test
    void anAddedModelShowsItsFiguresBecomesTheDefaultAndIsRemembered() {
        vm.add(TINY);
        ModelEntry tiny = entry(TINY);
        assertThat(tiny.loads()).as(tiny.line()).isTrue();
        assertThat(tiny.inspection().quantization()).isEqualTo("fp32 (most weights)");
        assertThat(tiny.inspection().contextLength()).isEqualTo(256);
        assertThat(tiny.line()).contains("fp32").contains("256 tokens of context");

        vm.makeDefault(tiny);

        assertThat(vm.isDefault(tiny)).isTrue();
        assertThat(ModelSettings.in(dataDir).defaultFolder()).contains(TINY);
        assertThat(models.service().locate()).contains(TINY);
        assertThat(models.stateProperty().get().ready()).isTrue();
        assertThat(models.service().loadedFolder()).contains(TINY);

        vm.add(TINY);
        assertThat(vm.messageProperty().get()).contains("already in the list");
        vm.remove(tiny);
        assertThat(vm.entries()).noneMatch(x -> x.folder().equals(TINY));
        assertThat(ModelSettings.in(dataDir).folders()).doesNotContain(TINY);
        assertThat(ModelSettings.in(dataDir).defaultFolder()).isEmpty();
    }

    @Test
    void theSpeedTestReportsTokensPerSecondAndFirstTokenTime() {
        vm.add(TINY);
        vm.testLength(Duration.ofMillis(500));
        vm.speedTest(entry(TINY));
        assertThat(vm.testingProperty().get()).isFalse();
        assertThat(vm.speedProperty().get()).matches(".*: \\d+\\.\\d tokens/s, first token in \\d+ ms \\(\\d+ tokens\\)");
    }

    @Test
    void stopEndsTheSpeedTestEarlyAndSaysSo() throws Exception {
        Assumptions.assumeTrue(models.service().bundledFolder().isPresent(), "this build carries no bundled model");
        ModelEntry bundled = vm.entries().get(0);
        vm.testLength(Duration.ofSeconds(60));
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                return;
            }
            vm.stopSpeedTest();
        });
        long t0 = System.nanoTime();
        stopper.start();
        vm.speedTest(bundled); // the same-thread executor: returns when the test has ended
        stopper.join();
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
        assertThat(vm.speedProperty().get()).contains("tokens/s").endsWith("stopped early");
    }

    @Test
    void theCommandLineModelWinsOverTheDefaultAndTheDialogSaysSo() {
        ModelViewModel withModel = new ModelViewModel(new ModelService(TINY, ModelSettings.in(dataDir)), new CurrentThreadTaskExecutor());
        ModelSettings.in(dataDir).setDefault(broken);
        assertThat(withModel.service().locate()).contains(TINY);
        ModelsViewModel dialog = new ModelsViewModel(withModel, new CurrentThreadTaskExecutor());
        dialog.open();
        assertThat(dialog.overrideNoteProperty().get()).contains("--model").contains(TINY.toString());
    }
}
