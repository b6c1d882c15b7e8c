package io.patentdesk.inference.chat;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import jinjava.javax.el.CompositeELResolver;

/**
 * Jinjava set up as Hugging Face sets up Jinja2 for chat templates ({@code ImmutableSandboxedEnvironment(trim_blocks=True,
 * lstrip_blocks=True, extensions=[loopcontrols])} with {@code raise_exception}, {@code strftime_now} and its own
 * {@code tojson}), plus what Python gives Jinja2 for free: {@code str} and {@code dict} methods, Python's operator
 * precedence and whitespace control.
 */
final class HfJinja {

    /** The global functions Hugging Face adds. */
    static final java.util.List<String> FUNCTIONS = java.util.List.of("raise_exception", "strftime_now");

    private HfJinja() {
    }

    static Jinjava create() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new PythonMethods());
        resolver.add(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY);
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withNestedInterpretationEnabled(false) // the user's text is text, never a template
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                .withElResolver(resolver)
                .withMaxOutputSize(64L << 20) // a runaway template stops here, not at the heap's end
                .withMaxRenderDepth(10)
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withUseNaturalOperatorPrecedence(true)
                        .withParseWhitespaceControlStrictly(true)
                        .withKeepNullableLoopValues(true)
                        .withEvaluateMapKeys(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .build())
                .build();
        Jinjava jinja = new Jinjava(config);
        jinja.registerFilter(new TojsonFilter());
        jinja.registerFilter(new ReversedSlices());
        jinja.registerTag(new GenerationTag());
        jinja.registerFunction(new ELFunctionDefinition("", "raise_exception", TemplateFunctions.class,
                "raiseException", Object.class));
        jinja.registerFunction(new ELFunctionDefinition("", "strftime_now", TemplateFunctions.class,
                "strftimeNow", String.class));
        return jinja;
    }
}
