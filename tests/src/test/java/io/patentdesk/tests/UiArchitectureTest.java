package io.patentdesk.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The app and the editor open no network connection; view models hold no controls; the module graph is ModuleLayersTest's. */
class UiArchitectureTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.patentdesk.app", "io.patentdesk.editor");

    /** Types that can open a connection; java.net.URI and URL (for resource look-ups) stay allowed. */
    private static final String[] NETWORK_TYPES = {
        "java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.MulticastSocket",
        "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.JarURLConnection", "java.net.InetAddress",
        "java.net.InetSocketAddress", "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
        "java.nio.channels.DatagramChannel", "java.nio.channels.AsynchronousSocketChannel"
    };

    @Test
    void opensNoNetworkConnection() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "java.rmi..")
                .orShould().callMethod("java.net.URL", "openConnection")
                .orShould().callMethod("java.net.URL", "openStream")
                .orShould().dependOnClassesThat(DescribedPredicate.describe("a network type",
                        (JavaClass c) -> Arrays.asList(NETWORK_TYPES).contains(c.getName())))
                .because("drafts never leave the machine")
                .check(UI);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..")
                .because("view models expose properties; only views know controls (and tests run them headless)")
                .check(UI);
    }

}
