package io.patentdesk.inference.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja's filtered loop, {@code {% for m in messages if m.role != 'system' %}}, whose {@code loop.index},
 * {@code loop.first} and {@code loop.last} count only the items kept. Jinjava ignores the condition, so the loop is
 * rewritten to run over a list filtered beforehand (with {@code do}, which writes nothing):
 * {@code {% set _kept = [] %}{% for m in messages %}{% if cond %}{% do _kept.append(m) %}{% endif %}{% endfor %}
 * {% for m in _kept %}}. A loop over pairs ({@code for key, val in d.items() if ...}) keeps pairs.
 */
final class LoopFilters {

    private static final Pattern FILTERED_FOR = Pattern.compile(
            "\\{%(-?)\\s*for\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*)\\s+in\\s+((?:(?!%}).)+?)\\s+if\\s+"
                    + "((?:(?!%}).)+?)\\s*(-?)%}", Pattern.DOTALL);

    private LoopFilters() {
    }

    static String rewrite(String source) {
        if (!source.contains(" if ")) {
            return source;
        }
        Matcher m = FILTERED_FOR.matcher(source);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String target = m.group(2).replaceAll("\\s+", "");
            String kept = "_patentdesk_kept" + n++;
            String item = target.contains(",") ? "[" + target + "]" : target;
            String filtered = "{%" + m.group(1) + " set " + kept + " = [] %}{% for " + target + " in " + m.group(3)
                    + " %}{% if " + m.group(4) + " %}{% do " + kept + ".append(" + item + ") %}{% endif %}{% endfor %}"
                    + "{% for " + target + " in " + kept + " " + m.group(5) + "%}";
            m.appendReplacement(out, Matcher.quoteReplacement(filtered));
        }
        m.appendTail(out);
        return out.toString();
    }
}
