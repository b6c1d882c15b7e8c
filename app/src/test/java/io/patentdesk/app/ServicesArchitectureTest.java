package io.patentdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app's services (model, store, import/export, drafting) run and test without a display. */
class ServicesArchitectureTest {
    private static final JavaClasses SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.patentdesk.app.matter", "io.patentdesk.app.store", "io.patentdesk.app.io",
                    "io.patentdesk.app.assist", "io.patentdesk.app.models", "io.patentdesk.app.prior",
                    "io.patentdesk.app.amend");

    @Test
    void servicesUseNoUiToolkit() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.fxmisc..", "io.patentdesk.editor..",
                        "io.patentdesk.app.ui..")
                .because("the UI wires these services in, never the other way round")
                .check(SERVICES);
    }

    @Test
    void theModelDependsOnNothingElseOfTheApp() {
        noClasses().that().resideInAPackage("io.patentdesk.app.matter").should().dependOnClassesThat()
                .resideInAnyPackage("io.patentdesk.app.store..", "io.patentdesk.app.io..", "io.patentdesk.app.assist..",
                        "java.sql..")
                .check(SERVICES);
    }
}
