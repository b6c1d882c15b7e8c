package io.patentdesk.inference.chat;

import java.beans.FeatureDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * The Python methods of {@code str} and {@code dict} that chat templates call ({@code content.strip()},
 * {@code content.split('</think>')[-1]}, {@code name.startswith('<')}, {@code message.get('tool_calls')}, ...), which
 * Jinjava, being Java, does not know. Placed before Jinjava's own resolver; everything else passes through.
 */
final class PythonMethods extends ELResolver {

    private static final Set<String> STRING_METHODS = Set.of("strip", "lstrip", "rstrip", "split", "rsplit",
            "startswith", "endswith", "upper", "lower", "title", "capitalize", "replace", "find", "rfind", "count",
            "join", "splitlines", "isspace", "isdigit", "isalpha");

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
        if (!(method instanceof String name)) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        if (base instanceof String s && STRING_METHODS.contains(name)) {
            context.setPropertyResolved(true);
            return string(s, name, args);
        }
        if (base instanceof Map<?, ?> m && name.equals("get") && (args.length == 1 || args.length == 2)) {
            context.setPropertyResolved(true);
            Object v = m.get(args[0]);
            return v != null || m.containsKey(args[0]) ? v : (args.length == 2 ? args[1] : null);
        }
        return null;
    }

    private static Object string(String s, String name, Object[] a) {
        return switch (name) {
            case "strip" -> strip(s, chars(a), true, true);
            case "lstrip" -> strip(s, chars(a), true, false);
            case "rstrip" -> strip(s, chars(a), false, true);
            case "split" -> split(s, a.length > 0 ? (String) a[0] : null, a.length > 1 ? toInt(a[1]) : -1);
            case "rsplit" -> rsplit(s, a.length > 0 ? (String) a[0] : null, a.length > 1 ? toInt(a[1]) : -1);
            case "startswith" -> affix(a[0], p -> s.startsWith(p));
            case "endswith" -> affix(a[0], p -> s.endsWith(p));
            case "upper" -> s.toUpperCase(java.util.Locale.ROOT);
            case "lower" -> s.toLowerCase(java.util.Locale.ROOT);
            case "capitalize" -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
            case "title" -> title(s);
            case "replace" -> replace(s, (String) a[0], (String) a[1], a.length > 2 ? toInt(a[2]) : -1);
            case "find" -> (long) s.indexOf((String) a[0]);
            case "rfind" -> (long) s.lastIndexOf((String) a[0]);
            case "count" -> count(s, (String) a[0]);
            case "join" -> join(s, a[0]);
            case "splitlines" -> List.of(s.split("\r\n|\r|\n", -1)).subList(0, s.isEmpty() ? 0
                    : s.split("\r\n|\r|\n", -1).length - (s.endsWith("\n") || s.endsWith("\r") ? 1 : 0));
            case "isspace" -> !s.isEmpty() && s.chars().allMatch(Character::isWhitespace);
            case "isdigit" -> !s.isEmpty() && s.chars().allMatch(Character::isDigit);
            case "isalpha" -> !s.isEmpty() && s.chars().allMatch(Character::isLetter);
            default -> throw new IllegalStateException(name);
        };
    }

    private static String chars(Object[] a) {
        return a.length > 0 && a[0] != null ? a[0].toString() : null;
    }

    /** Python's strip: whitespace, or any of the given characters, from either end. */
    static String strip(String s, String chars, boolean left, boolean right) {
        int from = 0;
        int to = s.length();
        while (left && from < to && stripped(s.charAt(from), chars)) {
            from++;
        }
        while (right && to > from && stripped(s.charAt(to - 1), chars)) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) || Character.isSpaceChar(c) : chars.indexOf(c) >= 0;
    }

    /** Python's split: on runs of whitespace (dropping empty ends) without a separator, else on each separator. */
    static List<String> split(String s, String sep, int max) {
        List<String> out = new ArrayList<>();
        if (sep == null) {
            String rest = strip(s, null, true, false);
            while (!rest.isEmpty()) {
                if (max >= 0 && out.size() == max) {
                    out.add(rest);
                    return out;
                }
                int end = 0;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
                out.add(rest.substring(0, end));
                rest = strip(rest.substring(end), null, true, false);
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        int from = 0;
        int at;
        while ((max < 0 || out.size() < max) && (at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static List<String> rsplit(String s, String sep, int max) {
        if (sep == null || max < 0) {
            return split(s, sep, max);
        }
        List<String> out = new ArrayList<>();
        int to = s.length();
        int at;
        while (out.size() < max && (at = s.lastIndexOf(sep, to - sep.length())) >= 0 && to - sep.length() >= 0) {
            out.add(0, s.substring(at + sep.length(), to));
            to = at;
        }
        out.add(0, s.substring(0, to));
        return out;
    }

    private static boolean affix(Object arg, java.util.function.Predicate<String> test) {
        if (arg instanceof Collection<?> options) { // Python accepts a tuple of prefixes
            return options.stream().anyMatch(o -> test.test(String.valueOf(o)));
        }
        return test.test(String.valueOf(arg));
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (char c : s.toCharArray()) {
            out.append(previousCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousCased = Character.isLetter(c);
        }
        return out.toString();
    }

    private static String replace(String s, String old, String with, int max) {
        if (max < 0) {
            return s.replace(old, with);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        for (int n = 0; n < max && !old.isEmpty() && (at = s.indexOf(old, from)) >= 0; n++) {
            out.append(s, from, at).append(with);
            from = at + old.length();
        }
        return out.append(s.substring(from)).toString();
    }

    private static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.length() + 1L;
        }
        long n = 0;
        for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }

    private static String join(String sep, Object items) {
        List<String> parts = new ArrayList<>();
        if (items instanceof Iterable<?> it) {
            it.forEach(o -> parts.add(String.valueOf(o)));
        } else {
            parts.add(String.valueOf(items));
        }
        return String.join(sep, parts);
    }

    private static int toInt(Object o) {
        return o instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(o));
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
