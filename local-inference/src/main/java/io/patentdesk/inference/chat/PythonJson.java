package io.patentdesk.inference.chat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps} for the values a chat template holds (strings, numbers, booleans, None, lists, dicts),
 * byte for byte: Hugging Face's {@code tojson} filter is {@code json.dumps(x, ensure_ascii=False, indent=indent)}, and
 * its separators ({@code ", "} and {@code ": "}, or {@code ","} between items when indented) reach the prompt.
 */
final class PythonJson {

    /** {@code json.dumps}' options. */
    record Options(Integer indent, boolean ensureAscii, boolean sortKeys, String itemSeparator, String keySeparator) {
        static Options of(Integer indent, boolean ensureAscii, boolean sortKeys) {
            return new Options(indent, ensureAscii, sortKeys, indent == null ? ", " : ",", ": ");
        }
    }

    private final Options options;

    PythonJson(Options options) {
        this.options = options;
    }

    static String dumps(Object value, Integer indent) {
        return new PythonJson(Options.of(indent, false, false)).dump(value);
    }

    String dump(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private void write(StringBuilder out, Object v, int level) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof CharSequence s) {
            string(out, s.toString());
        } else if (v instanceof Double || v instanceof Float) {
            out.append(floatRepr(((Number) v).doubleValue()));
        } else if (v instanceof BigDecimal d) {
            out.append(floatRepr(d.doubleValue()));
        } else if (v instanceof Number n) {
            out.append(n.toString());
        } else if (v instanceof Map<?, ?> m) {
            map(out, m, level);
        } else if (v instanceof Collection<?> c) {
            list(out, new ArrayList<>(c), level);
        } else if (v instanceof Object[] a) {
            list(out, List.of(a), level);
        } else {
            string(out, v.toString());
        }
    }

    private void list(StringBuilder out, List<?> items, int level) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : options.itemSeparator());
            newline(out, level + 1);
            write(out, items.get(i), level + 1);
        }
        newline(out, level);
        out.append(']');
    }

    private void map(StringBuilder out, Map<?, ?> m, int level) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        if (options.sortKeys()) {
            entries.sort((a, b) -> key(a.getKey()).compareTo(key(b.getKey())));
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : entries) {
            out.append(first ? "" : options.itemSeparator());
            first = false;
            newline(out, level + 1);
            string(out, key(e.getKey()));
            out.append(options.keySeparator());
            write(out, e.getValue(), level + 1);
        }
        newline(out, level);
        out.append('}');
    }

    /** Python turns non-string keys into their JSON text: 1 → "1", True → "true", None → "null". */
    private static String key(Object k) {
        if (k == null) {
            return "null";
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k instanceof Double || k instanceof Float) {
            return floatRepr(((Number) k).doubleValue());
        }
        return k.toString();
    }

    private void newline(StringBuilder out, int level) {
        if (options.indent() != null) {
            out.append('\n').append(" ".repeat(options.indent() * level));
        }
    }

    private void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (options.ensureAscii() && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c)); // surrogate pairs stay two escapes, as Python's
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Python's {@code repr(float)}: the shortest digits that read back, fixed between 1e-4 and 1e16, else 1e+16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros(); // Java's shortest round-trip digits
        String digits = b.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - b.scale(); // of the first digit
        String sign = d < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = b.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
