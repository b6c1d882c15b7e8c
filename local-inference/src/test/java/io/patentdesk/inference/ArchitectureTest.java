package io.patentdesk.inference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The inference engine is a plain library: no UI toolkit, no network, no knowledge of the app. */
class ArchitectureTest {

    // Plain JUnit tests (not the ArchUnit engine), so every rule is sure to run under Surefire.
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.patentdesk.inference");

    static final ArchRule NO_UI = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.fxmisc..")
            .because("local-inference is a plain Java library that the app and the CLI share");

    /** Types that can open a connection; java.net.URI and friends stay allowed. */
    static final String[] NETWORK_TYPES = {
        "java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.MulticastSocket",
        "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.JarURLConnection", "java.net.InetAddress",
        "java.net.InetSocketAddress", "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
        "java.nio.channels.DatagramChannel", "java.nio.channels.AsynchronousSocketChannel"
    };

    static final ArchRule NO_NETWORK = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.net.http..", "javax.net..", "java.rmi..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(NETWORK_TYPES[0])
            .orShould().callMethod("java.net.URL", "openConnection")
            .orShould().callMethod("java.net.URL", "openStream")
            .because("drafts never leave the machine");

    static final ArchRule NO_SOCKETS = noClasses().should().dependOnClassesThat(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Socket")
                            .or(com.tngtech.archunit.base.DescribedPredicate.describe("a network type",
                                    c -> java.util.Arrays.asList(NETWORK_TYPES).contains(c.getName()))))
            .because("drafts never leave the machine");


    /** The decoding aids are a plug-in: the engine finds them through ServiceLoader and never names them. */
    static final ArchRule CORE_KNOWS_NO_AIDS = noClasses().that().resideOutsideOfPackage("io.patentdesk.inference.aids..")
            .should().dependOnClassesThat().resideInAPackage("io.patentdesk.inference.aids..")
            .because("the aids built for PatentGPT-mini are a plug-in that a folder's patentdesk.json switches on; "
                    + "the core runs every other model without them");

    /** The packages below the API depend on each other one way (the API package itself is the facade above them). */
    static final ArchRule SUBPACKAGES_FREE_OF_CYCLES = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("io.patentdesk.inference.(*)..").should().beFreeOfCycles();

    @Test
    void theCoreDoesNotKnowTheDecodingAids() {
        CORE_KNOWS_NO_AIDS.check(MAIN_CLASSES);
    }

    @Test
    void theSubpackagesDependOnEachOtherOneWay() {
        SUBPACKAGES_FREE_OF_CYCLES.check(MAIN_CLASSES);
    }

    @Test
    void usesNoUiToolkit() {
        NO_UI.check(MAIN_CLASSES);
    }

    @Test
    void opensNoNetworkConnection() {
        NO_NETWORK.check(MAIN_CLASSES);
        NO_SOCKETS.check(MAIN_CLASSES);
    }
}
