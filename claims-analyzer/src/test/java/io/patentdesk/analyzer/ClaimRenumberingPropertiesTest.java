package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Delete, move, insert and renumber over generated claim sets, checked against a model kept here: each claim carries
 * a tag word of its own, so the claims can be recognised after renumbering, and each claim's references are compared
 * as the set of tags they name (a range names every claim inside it).
 */
class ClaimRenumberingPropertiesTest {

    /** A generated claim: its tag and the claims (by index, 0-based) it refers to, written as one of three shapes. */
    record Gen(String tag, List<Integer> refs, int shape) {}

    static String tag(int k) {
        StringBuilder s = new StringBuilder("zq");
        int n = k;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    static List<Gen> generate(int n, long seed) {
        Random r = new Random(seed);
        List<Gen> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k == 0 || r.nextInt(4) == 0) {
                out.add(new Gen(tag(k), List.of(), 0));
            } else if (k >= 2 && r.nextInt(3) == 0) {
                int a = r.nextInt(k - 1);
                int b = a + 1 + r.nextInt(k - 1 - a);
                List<Integer> refs = new ArrayList<>();
                for (int i = a; i <= b; i++) {
                    refs.add(i);
                }
                out.add(new Gen(tag(k), refs, 2));
            } else {
                out.add(new Gen(tag(k), List.of(r.nextInt(k)), 1));
            }
        }
        return out;
    }

    static String write(List<Gen> claims) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < claims.size(); k++) {
            Gen g = claims.get(k);
            s.append(k + 1).append(". ");
            switch (g.shape()) {
                case 0 -> s.append("A device with a ").append(g.tag()).append(" and a frame.");
                case 1 -> s.append("The device of claim ").append(g.refs().get(0) + 1).append(", wherein the ").append(g.tag()).append(" is red.");
                default -> s.append("The device of any of claims ").append(g.refs().get(0) + 1).append(" to ")
                        .append(g.refs().get(g.refs().size() - 1) + 1).append(", wherein the ").append(g.tag()).append(" is blue.");
            }
            s.append("\n\n");
        }
        return s.toString();
    }

    /** Each claim of {@code text}: its tag, and the tags of the claims it names. */
    static List<String> tagsOf(String text) {
        List<String> out = new ArrayList<>();
        for (Claim c : ClaimSet.parse(text).claims()) {
            out.add(c.text().replaceAll("(?s).*\\b(zq[a-z]+)\\b.*", "$1"));
        }
        return out;
    }

    static List<Set<String>> namedTags(String text) {
        List<String> tags = tagsOf(text);
        List<Set<String>> out = new ArrayList<>();
        for (Claim c : ClaimSet.parse(text).claims()) {
            Set<String> named = new TreeSet<>();
            for (int n : c.references()) {
                named.add(tags.get(n - 1));
            }
            out.add(named);
        }
        return out;
    }

    @Property(tries = 300)
    void movesAndRenumberingKeepEveryClaimsReferences(@ForAll @IntRange(min = 2, max = 14) int n, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 100) int pick, @ForAll boolean up) {
        String text = write(generate(n, seed));
        int number = 1 + pick % n;
        List<String> before = tagsOf(text);
        List<Set<String>> namedBefore = namedTags(text);
        ClaimRenumbering.Result r;
        try {
            r = ClaimRenumbering.move(text, number, up ? -1 : 1);
        } catch (ClaimEditException refused) {
            int other = number + (up ? -1 : 1);
            boolean edge = other < 1 || other > n;
            int lower = Math.max(number, other);
            int upper = Math.min(number, other);
            assertThat(edge || ClaimSet.parse(text).claims().get(lower - 1).references().contains(upper))
                    .as(refused.getMessage()).isTrue();
            return;
        }
        List<String> after = tagsOf(r.text());
        assertThat(new TreeSet<>(after)).isEqualTo(new TreeSet<>(before));
        List<Set<String>> namedAfter = namedTags(r.text());
        for (int k = 0; k < after.size(); k++) {
            Set<String> expected = namedBefore.get(before.indexOf(after.get(k)));
            if (r.notes().isEmpty()) {
                assertThat(namedAfter.get(k)).as("claim %d of%n%s", k + 1, r.text()).isEqualTo(expected);
            } else {
                assertThat(namedAfter.get(k)).containsAll(expected);
            }
            for (String t : namedAfter.get(k)) {
                assertThat(after.indexOf(t)).as("no forward reference").isLessThan(k);
            }
        }
        assertThat(ClaimRenumbering.renumber(r.text()).text()).isEqualTo(r.text());
    }

    @Property(tries = 300)
    void deletingAClaimKeepsTheOthersAndRepointsItsDependents(@ForAll @IntRange(min = 2, max = 14) int n, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 100) int pick) {
        List<Gen> gen = generate(n, seed);
        String text = write(gen);
        int number = 1 + pick % n;
        Gen gone = gen.get(number - 1);
        List<String> before = tagsOf(text);
        List<Set<String>> namedBefore = namedTags(text);
        ClaimRenumbering.Result r;
        try {
            r = ClaimRenumbering.delete(text, number);
        } catch (ClaimEditException refused) {
            assertThat(gone.refs()).as(refused.getMessage()).isEmpty();
            assertThat(namedBefore.stream().anyMatch(s -> s.contains(gone.tag()))).isTrue();
            return;
        }
        List<String> after = tagsOf(r.text());
        Set<String> expectedTags = new LinkedHashSet<>(before);
        expectedTags.remove(gone.tag());
        assertThat(after).containsExactlyElementsOf(expectedTags);
        List<Set<String>> namedAfter = namedTags(r.text());
        String parent = gone.refs().isEmpty() ? null : before.get(gone.refs().get(0));
        for (int k = 0; k < after.size(); k++) {
            Set<String> expected = new TreeSet<>(namedBefore.get(before.indexOf(after.get(k))));
            if (expected.remove(gone.tag()) && (expected.isEmpty() || !r.notes().isEmpty()) && parent != null) {
                expected.add(parent);
            }
            if (r.notes().stream().noneMatch(note -> note.contains("range"))) {
                assertThat(namedAfter.get(k)).as("claim %d of%n%s", k + 1, r.text()).isSubsetOf(union(expected, parent));
                assertThat(namedAfter.get(k)).containsAll(withoutParent(expected, parent, namedAfter.get(k)));
            }
        }
    }

    private static Set<String> union(Set<String> s, String extra) {
        Set<String> u = new TreeSet<>(s);
        if (extra != null) {
            u.add(extra);
        }
        return u;
    }

    private static Set<String> withoutParent(Set<String> expected, String parent, Set<String> actual) {
        Set<String> must = new TreeSet<>(expected);
        if (parent != null && !actual.contains(parent)) {
            must.remove(parent);
        }
        return must;
    }

    @Property(tries = 200)
    void insertingAClaimShiftsTheLaterOnesOnly(@ForAll @IntRange(min = 1, max = 14) int n, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 100) int pick) {
        String text = write(generate(n, seed));
        int number = 1 + pick % n;
        ClaimRenumbering.Result r = ClaimRenumbering.insertAfter(text, number, "The device of claim " + number + ", wherein the zqnew is green.");
        List<String> after = tagsOf(r.text());
        assertThat(after).hasSize(n + 1);
        assertThat(after.get(number)).isEqualTo("zqnew");
        assertThat(namedTags(r.text()).get(number)).containsExactly(tagsOf(text).get(number - 1));
        List<Set<String>> namedBefore = namedTags(text);
        List<Set<String>> namedAfter = namedTags(r.text());
        for (int k = 0; k < n; k++) {
            int at = k < number ? k : k + 1;
            if (r.notes().isEmpty()) {
                assertThat(namedAfter.get(at)).isEqualTo(namedBefore.get(k));
            }
        }
    }
}
