package io.patentdesk.editor;

import java.util.Iterator;
import java.util.Objects;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Compares style spans by what they look like: adjacent spans with equal styles count as one, empty ones as none. */
final class StyleRuns {
    private StyleRuns() {
    }

    static <S> boolean same(StyleSpans<S> a, StyleSpans<S> b) {
        Runs<S> x = new Runs<>(a.iterator());
        Runs<S> y = new Runs<>(b.iterator());
        while (true) {
            boolean hx = x.advance();
            boolean hy = y.advance();
            if (hx != hy) {
                return false;
            }
            if (!hx) {
                return true;
            }
            if (x.length != y.length || !Objects.equals(x.style, y.style)) {
                return false;
            }
        }
    }

    /** Walks merged runs: each {@link #advance()} yields the next maximal run of one style. */
    private static final class Runs<S> {
        private final Iterator<StyleSpan<S>> spans;
        private StyleSpan<S> pending;
        S style;
        int length;

        Runs(Iterator<StyleSpan<S>> spans) {
            this.spans = spans;
        }

        boolean advance() {
            style = null;
            length = 0;
            while (pending != null || spans.hasNext()) {
                StyleSpan<S> s = pending != null ? pending : spans.next();
                pending = null;
                if (s.getLength() == 0) {
                    continue;
                }
                if (length == 0) {
                    style = s.getStyle();
                    length = s.getLength();
                } else if (Objects.equals(style, s.getStyle())) {
                    length += s.getLength();
                } else {
                    pending = s;
                    break;
                }
            }
            return length > 0;
        }
    }
}
