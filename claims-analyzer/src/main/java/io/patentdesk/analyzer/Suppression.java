package io.patentdesk.analyzer;

import java.util.Objects;

/**
 * A user's decision to silence a finding: either one rule for one term everywhere ({@link Scope#TERM}, e.g. never
 * flag "substantially"), or one finding ({@link Scope#FINDING}, matched by {@link Finding#fingerprint()}). A small
 * value the editor can store as a string ({@link #toString()}) and read back ({@link #parse(String)}).
 */
public record Suppression(Scope scope, String rule, String key) {

    public enum Scope { TERM, FINDING }

    public Suppression {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
    }

    /** Silences {@code rule} for {@code term} in every claim (the term is matched as the rule normalizes it). */
    public static Suppression ofTerm(String rule, String term) {
        return new Suppression(Scope.TERM, rule, term.toLowerCase(java.util.Locale.ROOT).trim());
    }

    /** Silences this rule for this finding's term everywhere; falls back to the finding itself without a term. */
    public static Suppression ofTermOf(Finding f) {
        return f.term() == null ? ofFinding(f) : new Suppression(Scope.TERM, f.rule(), f.term());
    }

    /** Silences exactly this finding (rule, part, claim and term). */
    public static Suppression ofFinding(Finding f) {
        return new Suppression(Scope.FINDING, f.rule(), f.fingerprint());
    }

    public boolean matches(Finding f) {
        if (!rule.equals(f.rule())) {
            return false;
        }
        return scope == Scope.TERM ? key.equals(f.term()) : key.equals(f.fingerprint());
    }

    /** "term:RULE:KEY" or "finding:RULE:KEY"; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return scope.name().toLowerCase(java.util.Locale.ROOT) + ":" + rule + ":" + key;
    }

    /** Reads {@link #toString()}'s form. */
    public static Suppression parse(String s) {
        int a = s.indexOf(':');
        int b = a < 0 ? -1 : s.indexOf(':', a + 1);
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("not a suppression: '" + s + "'");
        }
        Scope scope = switch (s.substring(0, a)) {
            case "term" -> Scope.TERM;
            case "finding" -> Scope.FINDING;
            default -> throw new IllegalArgumentException("not a suppression: '" + s + "'");
        };
        return new Suppression(scope, s.substring(a + 1, b), s.substring(b + 1));
    }
}
