package io.patentdesk.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The privacy rule: no PatentDesk class may use a type that can open a network connection. java.net.URI, URL (as a
 * resource name) and Path.toUri stay allowed; fetching a URL is not.
 */
final class NoNetworkRule {
    /**
     * Classes allowed to use the network, by fully qualified name. None today: PatentDesk opens no connection.
     * Adding one needs a reason in the privacy section of docs/ and a test of its off switch.
     */
    static final Set<String> ALLOWED = Set.of();

    /** Types whose use means a connection can be opened (or a name looked up, which leaks it to a DNS server). */
    static final Set<String> NETWORK_TYPES = Set.of(
            "java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.MulticastSocket",
            "java.net.SocketImpl", "java.net.URLConnection", "java.net.HttpURLConnection", "java.net.JarURLConnection",
            "java.net.InetAddress", "java.net.Inet4Address", "java.net.Inet6Address", "java.net.InetSocketAddress",
            "java.net.Proxy", "java.net.ProxySelector", "java.net.Authenticator",
            "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
            "java.nio.channels.DatagramChannel", "java.nio.channels.AsynchronousSocketChannel",
            "java.nio.channels.AsynchronousServerSocketChannel");

    private static final DescribedPredicate<JavaClass> NETWORK_TYPE = DescribedPredicate.describe(
            "a network type " + NETWORK_TYPES, c -> NETWORK_TYPES.contains(c.getName()));

    private static final DescribedPredicate<JavaClass> ALLOWED_CLASS = DescribedPredicate.describe(
            "on the network allow-list", c -> ALLOWED.contains(c.getName()));

    static final ArchRule RULE = noClasses()
            .that().resideInAPackage("io.patentdesk..").and(DescribedPredicate.not(ALLOWED_CLASS))
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "jdk.net..",
                    "java.rmi..", "javax.management.remote..")
            .orShould().dependOnClassesThat(NETWORK_TYPE)
            .orShould().callMethod("java.net.URL", "openConnection")
            .orShould().callMethod("java.net.URL", "openConnection", "java.net.Proxy")
            .orShould().callMethod("java.net.URL", "openStream")
            .orShould().callMethod("java.net.URL", "getContent")
            .because("PatentDesk never opens a network connection: drafts are confidential until filed");

    private NoNetworkRule() {
    }
}
