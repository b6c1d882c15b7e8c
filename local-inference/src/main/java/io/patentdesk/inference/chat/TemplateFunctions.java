package io.patentdesk.inference.chat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The global functions Hugging Face adds to a chat template's environment ({@code raise_exception},
 * {@code strftime_now}), as static methods for Jinjava's function registry.
 */
public final class TemplateFunctions {

    private TemplateFunctions() {
    }

    /** The template refuses its input; {@link ChatTemplate} turns this into a {@link ChatTemplateException}. */
    static final class Raised extends RuntimeException {
        Raised(String message) {
            super(message, null, false, false);
        }
    }

    public static Object raiseException(Object message) {
        throw new Raised(String.valueOf(message));
    }

    /** Python's {@code datetime.now().strftime(format)} for the directives templates use (dates in system prompts). */
    public static String strftimeNow(String format) {
        return strftime(LocalDateTime.now(), format);
    }

    static String strftime(LocalDateTime t, String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'd' -> out.append(String.format("%02d", t.getDayOfMonth()));
                case 'm' -> out.append(String.format("%02d", t.getMonthValue()));
                case 'Y' -> out.append(t.getYear());
                case 'y' -> out.append(String.format("%02d", t.getYear() % 100));
                case 'H' -> out.append(String.format("%02d", t.getHour()));
                case 'I' -> out.append(String.format("%02d", (t.getHour() + 11) % 12 + 1));
                case 'M' -> out.append(String.format("%02d", t.getMinute()));
                case 'S' -> out.append(String.format("%02d", t.getSecond()));
                case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
                case 'j' -> out.append(String.format("%03d", t.getDayOfYear()));
                case 'B' -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'b' -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'A' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'a' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case '-' -> { // glibc's "no padding": %-d, %-m, %-H, ...
                    if (i + 1 < format.length()) {
                        String padded = strftime(t, "%" + format.charAt(++i));
                        out.append(padded.length() > 1 && padded.charAt(0) == '0' ? padded.substring(1) : padded);
                    }
                }
                case 'F' -> out.append(t.format(DateTimeFormatter.ISO_LOCAL_DATE));
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }
}
