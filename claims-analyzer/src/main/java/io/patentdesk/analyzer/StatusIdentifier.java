package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status identifier after a claim number in an amendment's claim listing (37 CFR 1.121(c)): "(Currently
 * amended)", "(Canceled)", "(Withdrawn - Currently Amended)", "(canceled without prejudice)", with the punctuation
 * writers put after it ("(Original).", "(New):").
 */
final class StatusIdentifier {

    record Found(ClaimStatus status, int end) {}

    private static final Pattern PATTERN = Pattern.compile(
            "\\(\\s*([A-Za-z][A-Za-z .,/\\-\\u2010-\\u2015]{1,60}?)\\s*\\)(?:[ \\t]*[.:;\\-\\u2013\\u2014](?![\\w(]))?\\s*");

    private StatusIdentifier() {}

    /** The status identifier starting at {@code from} (before {@code limit}), or null. */
    static Found at(String text, int from, int limit) {
        if (from >= limit || text.charAt(from) != '(') {
            return null;
        }
        Matcher m = PATTERN.matcher(text).region(from, limit);
        if (!m.lookingAt()) {
            return null;
        }
        ClaimStatus s = ClaimStatus.parse(m.group(1));
        return s == null ? null : new Found(s, m.end());
    }
}
