package io.patentdesk.tests;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module graph of docs/ARCHITECTURE.md as one layered rule over every PatentDesk class: the benchmarks sit on top
 * and nothing depends on them (the shipped app must run without them); they measure the app and the modules under it,
 * and only they depend on the app; the editor serves only the app (and the benchmarks); the analyzer, the inference
 * engine and the bundled model serve the layers above them and know none of them. It replaces the "depends on no other PatentDesk module" copies
 * that each module's own ArchUnit test carried.
 */
class ModuleLayersTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.patentdesk");

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Bench").definedBy("io.patentdesk.bench..")
                .layer("App").definedBy("io.patentdesk.app..")
                .layer("Editor").definedBy("io.patentdesk.editor..")
                .layer("Analyzer").definedBy("io.patentdesk.analyzer..")
                .layer("Inference").definedBy("io.patentdesk.inference..")
                .layer("Models").definedBy("io.patentdesk.models..")
                .whereLayer("Bench").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Bench")
                .whereLayer("Editor").mayOnlyBeAccessedByLayers("App", "Bench")
                .whereLayer("Analyzer").mayOnlyBeAccessedByLayers("Editor", "App", "Bench")
                .whereLayer("Inference").mayOnlyBeAccessedByLayers("App", "Bench")
                .whereLayer("Models").mayOnlyBeAccessedByLayers("App", "Bench")
                .because("dependencies point one way (docs/ARCHITECTURE.md, Modules)")
                .check(ALL);
    }
}
