package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An immutable set of {@link Suppression}s passed to {@link Analyzer#analyze}. */
public final class Suppressions {

    private static final Suppressions NONE = new Suppressions(Set.of());

    private final Set<Suppression> items;

    private Suppressions(Set<Suppression> items) {
        this.items = items;
    }

    public static Suppressions none() {
        return NONE;
    }

    public static Suppressions of(Collection<Suppression> items) {
        return new Suppressions(Set.copyOf(new LinkedHashSet<>(items)));
    }

    /** Reads the strings {@link #asStrings()} wrote. */
    public static Suppressions parse(Collection<String> lines) {
        List<Suppression> list = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                list.add(Suppression.parse(l.strip()));
            }
        }
        return of(list);
    }

    public Suppressions with(Suppression s) {
        Set<Suppression> copy = new LinkedHashSet<>(items);
        copy.add(s);
        return new Suppressions(Set.copyOf(copy));
    }

    public Suppressions without(Suppression s) {
        Set<Suppression> copy = new LinkedHashSet<>(items);
        copy.remove(s);
        return new Suppressions(Set.copyOf(copy));
    }

    public boolean suppresses(Finding f) {
        for (Suppression s : items) {
            if (s.matches(f)) {
                return true;
            }
        }
        return false;
    }

    public Set<Suppression> items() {
        return items;
    }

    /** One string per suppression, sorted, for storing. */
    public List<String> asStrings() {
        return items.stream().map(Suppression::toString).sorted().toList();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suppressions s && s.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
