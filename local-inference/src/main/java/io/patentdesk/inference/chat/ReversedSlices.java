package io.patentdesk.inference.chat;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's reversing slice {@code x[::-1]}, which Jinjava's parser rejects and templates use to walk the messages
 * backwards (Qwen3's: {@code for message in messages[::-1]}, to find the last user query). Inside the template's tags,
 * {@code name.attr[i][::-1]} becomes {@code (name.attr[i]|py_reversed)}, this filter: a string's characters or a
 * list's items in reverse order.
 */
public final class ReversedSlices implements Filter {

    private static final Pattern TAG = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern REVERSED = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[^\\[\\]]*])*)\\[\\s*:\\s*:\\s*-1\\s*]");

    /** The source with every {@code operand[::-1]} inside a tag rewritten to the filter; text outside tags untouched. */
    static String rewrite(String source) {
        if (!source.contains("::")) {
            return source;
        }
        Matcher tag = TAG.matcher(source);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            String rewritten = REVERSED.matcher(tag.group()).replaceAll("($1|py_reversed)");
            tag.appendReplacement(out, Matcher.quoteReplacement(rewritten));
        }
        tag.appendTail(out);
        return out.toString();
    }

    @Override
    public String getName() {
        return "py_reversed";
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        if (var instanceof String s) {
            return new StringBuilder(s).reverse().toString(); // reverse() keeps surrogate pairs whole
        }
        if (var instanceof Collection<?> c) {
            List<Object> items = new ArrayList<>(c);
            Collections.reverse(items);
            return items;
        }
        return var;
    }
}
