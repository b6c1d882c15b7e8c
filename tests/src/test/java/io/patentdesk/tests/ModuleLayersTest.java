package io.patentdesk.tests;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module graph of docs/ARCHITECTURE.md as one layered rule over every PatentDesk class: the app sits on top and
 * nothing depends on it; the editor serves only the app; the analyzer, the inference engine and the bundled model
 * serve the layers above them and know none of them. It replaces the "depends on no other PatentDesk module" copies
 * that each module's own ArchUnit test carried.
 */
class ModuleLayersTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.patentdesk");

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("io.patentdesk.app..")
                .layer("Editor").definedBy("io.patentdesk.editor..")
                .layer("Analyzer").definedBy("io.patentdesk.analyzer..")
                .layer("Inference").definedBy("io.patentdesk.inference..")
                .layer("Models").definedBy("io.patentdesk.models..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Editor").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Analyzer").mayOnlyBeAccessedByLayers("Editor", "App")
                .whereLayer("Inference").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Models").mayOnlyBeAccessedByLayers("App")
                .because("dependencies point one way (docs/ARCHITECTURE.md, Modules)")
                .check(ALL);
    }
}
