package io.patentdesk.inference.chat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Chat templates are a leaf of the engine: they know Jinjava and JSON, nothing else of PatentDesk. */
class ChatPackageTest {

    @Test
    void theChatPackageDependsOnNoOtherPatentDeskPackage() {
        noClasses().that().resideInAPackage("io.patentdesk.inference.chat..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.patentdesk.inference.chat..", "java..",
                        "com.hubspot.jinjava..", "jinjava..", "com.fasterxml.jackson..")
                .because("the model folder and the drafting tasks use templates, not the other way round")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.patentdesk.inference.chat"));
    }
}
