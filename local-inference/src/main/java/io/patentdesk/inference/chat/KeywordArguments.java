package io.patentdesk.inference.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyword arguments as Python reads them. Jinjava binds {@code name=value} tighter than arithmetic, so Qwen3's
 * {@code namespace(last_query_index=messages|length - 1)} fails there; inside the template's tags every keyword
 * argument's value is put in parentheses ({@code last_query_index=(messages|length - 1)}), which both read alike.
 */
final class KeywordArguments {

    private static final Pattern TAG = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern MACRO = Pattern.compile("\\{%[-+]?\\s*macro\\b");

    private KeywordArguments() {
    }

    static String rewrite(String source) {
        if (!source.contains("=")) {
            return source;
        }
        Matcher tag = TAG.matcher(source);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            // A macro's definition keeps its parameters' defaults as written: Jinjava parses those itself.
            String text = MACRO.matcher(tag.group()).lookingAt() ? tag.group() : inTag(tag.group());
            tag.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        tag.appendTail(out);
        return out.toString();
    }

    /** One tag's text with its keyword arguments' values parenthesized; strings are skipped whole. */
    static String inTag(String tag) {
        StringBuilder out = new StringBuilder(tag.length() + 8);
        Deque<Character> brackets = new ArrayDeque<>();
        Deque<Integer> openValues = new ArrayDeque<>(); // bracket depth of each value opened and not yet closed
        int i = 0;
        while (i < tag.length()) {
            char c = tag.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < tag.length() && tag.charAt(end) != c) {
                    end += tag.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, tag.length());
                out.append(tag, i, end);
                i = end;
                continue;
            }
            if ((c == ',' || c == ')') && !openValues.isEmpty() && openValues.peek() == brackets.size()) {
                out.append(')');
                openValues.pop();
            }
            if (c == '(' || c == '[' || c == '{') {
                brackets.push(c);
            } else if ((c == ')' || c == ']' || c == '}') && !brackets.isEmpty()) {
                brackets.pop();
            }
            out.append(c);
            i++;
            if (!brackets.isEmpty() && brackets.peek() == '(' && (c == '(' || c == ',')) {
                int name = i;
                while (name < tag.length() && Character.isWhitespace(tag.charAt(name))) {
                    name++;
                }
                int end = name;
                while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '_')) {
                    end++;
                }
                int eq = end;
                while (eq < tag.length() && Character.isWhitespace(tag.charAt(eq))) {
                    eq++;
                }
                if (end > name && !Character.isDigit(tag.charAt(name)) && eq < tag.length() && tag.charAt(eq) == '='
                        && (eq + 1 == tag.length() || tag.charAt(eq + 1) != '=')) {
                    out.append(tag, i, eq + 1).append('(');
                    openValues.push(brackets.size());
                    i = eq + 1;
                }
            }
        }
        return out.toString();
    }
}
