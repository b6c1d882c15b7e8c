package io.patentdesk.inference.generate;

import java.util.List;

/**
 * Finds stop strings in streamed text. Text that might be the start of a stop string is held back until the next
 * piece shows whether it is, so the stop string itself never reaches the listener.
 */
public final class StopStringMatcher {

    private final List<String> stops;
    private final StringBuilder pending = new StringBuilder();
    private boolean stopped;

    StopStringMatcher(List<String> stops) {
        this.stops = List.copyOf(stops);
    }

    /** Adds decoded text and returns the part that is safe to show now. */
    String accept(String piece) {
        if (stopped) {
            return "";
        }
        pending.append(piece);
        int cut = earliestStop();
        if (cut >= 0) {
            stopped = true;
            String out = pending.substring(0, cut);
            pending.setLength(0);
            return out;
        }
        int keep = longestStopPrefixSuffix();
        String out = pending.substring(0, pending.length() - keep);
        pending.delete(0, pending.length() - keep);
        return out;
    }

    /** Whether a stop string has been found. */
    boolean stopped() {
        return stopped;
    }

    /** At the end of generation: the held-back text, which turned out not to be a stop string. */
    String flush() {
        String out = stopped ? "" : pending.toString();
        pending.setLength(0);
        return out;
    }

    private int earliestStop() {
        int best = -1;
        for (String s : stops) {
            int at = pending.indexOf(s);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private boolean endsWithStartOf(int n, String stop, int k) {
        for (int i = 0; i < k; i++) {
            if (pending.charAt(n - k + i) != stop.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Length of the longest end of the pending text that a stop string starts with. */
    private int longestStopPrefixSuffix() {
        int best = 0;
        int n = pending.length();
        for (String s : stops) {
            for (int k = Math.min(s.length() - 1, n); k > best; k--) {
                if (endsWithStartOf(n, s, k)) {
                    best = k;
                    break;
                }
            }
        }
        return best;
    }
}
