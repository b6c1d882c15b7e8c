package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Generated claim dependency graphs and their claims text, for the property tests: small ones of any shape (broken,
 * circular and self references, multiple dependents), chains thousands of claims deep, and wide fan-out.
 */
final class ClaimGraphs {

    private ClaimGraphs() {}

    /**
     * What a generated claim set says: {@code refs[i]} are the claims claim {@code i + 1} refers to (none: independent),
     * {@code introduces[i]} whether it introduces "a widget", {@code uses[i]} whether it says "the widget" instead.
     */
    record Graph(List<List<Integer>> refs, boolean[] introduces, boolean[] uses) {
        int size() {
            return refs.size();
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= size(); n++) {
                List<Integer> r = refs.get(n - 1);
                sb.append(n).append(". ");
                if (r.isEmpty()) {
                    sb.append("A device comprising a lever").append(introduces[n - 1] ? " and a widget" : "").append('.');
                } else {
                    sb.append("The device of claim ").append(alternatives(r)).append(", wherein ")
                            .append(uses[n - 1] ? "the widget is red" : introduces[n - 1] ? "the lever has a widget"
                                    : "the lever is red").append('.');
                }
                sb.append('\n');
            }
            return sb.toString();
        }

        /** "3", "3 or 7", "3, 7 or 9". */
        private static String alternatives(List<Integer> r) {
            if (r.size() == 1) {
                return r.get(0).toString();
            }
            String head = r.subList(0, r.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
            return head + " or " + r.get(r.size() - 1);
        }

        List<Integer> distinctRefs(int n) {
            return List.copyOf(new LinkedHashSet<>(refs.get(n - 1)));
        }

        /** The model's edges: a reference to an existing, smaller claim. */
        List<Integer> validParents(int n) {
            List<Integer> out = new ArrayList<>();
            for (int r : distinctRefs(n)) {
                if (r < n && r >= 1) {
                    out.add(r);
                }
            }
            return out;
        }

        boolean multipleDependent(int n) {
            return distinctRefs(n).size() > 1;
        }
    }

    /** Any shape: a quarter independent, under half singly dependent, the rest referring to 2 to 5 claims. */
    static Graph random(int n, long seed) {
        double independent = 0.25;
        double single = 0.45;
        Random r = new Random(seed);
        List<List<Integer>> refs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double kind = r.nextDouble();
            if (i == 1 && r.nextInt(4) != 0 || kind < independent) {
                refs.add(List.of());
            } else if (kind < independent + single) {
                // mostly the claim before; otherwise anywhere, itself and later and missing claims included
                refs.add(List.of(r.nextInt(10) < 6 && i > 1 ? i - 1 : 1 + r.nextInt(n + 2)));
            } else {
                List<Integer> many = new ArrayList<>();
                int k = 2 + r.nextInt(4);
                for (int j = 0; j < k; j++) {
                    many.add(1 + r.nextInt(n + 2));
                }
                refs.add(many);
            }
        }
        return widgets(refs, r);
    }

    /** Mostly each claim depending on the one before; some branches, multiple dependents and broken references. */
    static Graph deep(int n, long seed) {
        Random r = new Random(seed);
        List<List<Integer>> refs = new ArrayList<>();
        refs.add(List.of());
        for (int i = 2; i <= n; i++) {
            int kind = r.nextInt(1000);
            if (kind < 5) {
                refs.add(List.of());
            } else if (kind < 900) {
                refs.add(List.of(i - 1));
            } else if (kind < 960) {
                refs.add(List.of(1 + r.nextInt(i - 1)));
            } else if (kind < 995) {
                refs.add(List.of(i - 1, 1 + r.nextInt(i - 1), 1 + r.nextInt(i - 1)));
            } else {
                refs.add(List.of(i + r.nextInt(3))); // itself or a later claim: no edge
            }
        }
        return widgets(refs, r);
    }

    /** Claim 1 with most of the others depending on it, a tenth of them multiple dependent. */
    static Graph wide(int n, long seed) {
        Random r = new Random(seed);
        List<List<Integer>> refs = new ArrayList<>();
        refs.add(List.of());
        for (int i = 2; i <= n; i++) {
            int kind = r.nextInt(100);
            if (kind < 90) {
                refs.add(List.of(1));
            } else if (kind < 97) {
                refs.add(List.of(1, 1 + r.nextInt(i - 1)));
            } else {
                refs.add(List.of(1 + r.nextInt(i - 1), 1 + r.nextInt(i - 1), 1));
            }
        }
        return widgets(refs, r);
    }

    /** A third of the claims introduce "a widget"; a third of the other dependent claims say "the widget". */
    private static Graph widgets(List<List<Integer>> refs, Random r) {
        boolean[] introduces = new boolean[refs.size()];
        boolean[] uses = new boolean[refs.size()];
        for (int i = 0; i < refs.size(); i++) {
            introduces[i] = r.nextInt(3) == 0;
            uses[i] = !refs.get(i).isEmpty() && !introduces[i] && r.nextInt(3) == 0;
        }
        return new Graph(refs, introduces, uses);
    }
}
