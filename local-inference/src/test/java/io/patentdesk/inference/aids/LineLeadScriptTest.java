package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.sampling.Sampler;
import io.patentdesk.inference.sampling.TokenChooser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LineLeads and the script that writes them, on a made-up vocabulary encoded by longest match. */
class LineLeadScriptTest {

    private static final String[] VOCAB = {"\n", "3", "4", ".", " The", " bolt", " of", " claim", " 1", " 2", " 3",
        ",", " wherein", " head", "5", " 4", " is", " round", " 12", "1", "2", " 21"};
    private static final int NEWLINE = 0;
    private static final int HEAD = 13;

    private static int id(String token) {
        return List.of(VOCAB).indexOf(token);
    }

    private static int[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int best = -1;
            for (int i = 0; i < VOCAB.length; i++) {
                if (text.startsWith(VOCAB[i], at) && (best < 0 || VOCAB[i].length() > VOCAB[best].length())) {
                    best = i;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("no token for " + text.substring(at));
            }
            ids.add(best);
            at += VOCAB[best].length();
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static LineLeadScript script(LineLeads leads) {
        byte[][] bytes = new byte[VOCAB.length][];
        for (int i = 0; i < VOCAB.length; i++) {
            bytes[i] = VOCAB[i].getBytes(StandardCharsets.UTF_8);
        }
        return new LineLeadScript(leads, bytes, LineLeadScriptTest::encode);
    }

    /** Logits that make {@code token} the most likely. */
    private static float[] favouring(String token) {
        float[] l = new float[VOCAB.length];
        l[id(token)] = 5f;
        return l;
    }

    /** The tokens the script writes until the model's turn; the reference the likeliest allowed one of {@code logits}. */
    private static String written(LineLeadScript s, float[] logits) {
        StringBuilder out = new StringBuilder();
        while (s.writing()) {
            int t;
            if (s.atReference()) {
                float[] l = logits.clone();
                s.keepReferences(l);
                t = s.referred(TokenChooser.argmax(l));
            } else {
                t = s.write();
            }
            out.append(VOCAB[t]);
            assertThat(s.added(t, 1000)).isFalse();
        }
        return out.toString();
    }

    @Test
    void afterALineBreakTheNextClaimBeginsWithTheLeadAndAnEarlierClaimTheModelChooses() {
        LineLeadScript s = script(LineLeads.dependentClaims("bolt", 2, 1));
        assertThat(s.writing()).isFalse();
        assertThat(s.added(HEAD, 1000)).isFalse(); // the model writes claim 2's body
        assertThat(s.writing()).isFalse();
        assertThat(s.added(NEWLINE, 1000)).isFalse();
        assertThat(s.atLineEnd()).isTrue(); // the model's next choice only says whether claim 3 comes
        assertThat(written(s, favouring(" 2"))).isEqualTo("3. The bolt of claim 2, wherein");
        assertThat(s.free()).isZero();
        s.added(HEAD, 1000);
        assertThat(s.free()).isEqualTo(1);
        s.added(NEWLINE, 1000);
        // Claim 4 may refer to 1, 2 or 3, never to itself or a later claim: " 4" is likelier but not allowed.
        float[] logits = favouring(" 4");
        logits[id(" 3")] = 2f;
        assertThat(written(s, logits)).isEqualTo("4. The bolt of claim 3, wherein");
    }

    @Test
    void theReferenceIsNeverALaterClaimEvenWhenTheModelPrefersIt() {
        LineLeadScript s = script(LineLeads.dependentClaims("bolt", 2, 1));
        s.added(NEWLINE, 1000);
        float[] all = new float[VOCAB.length];
        for (int i = 0; i < 6; i++) { // "3", ".", " The", " bolt", " of", " claim"
            s.added(s.write(), 1000);
        }
        assertThat(s.atReference()).isTrue();
        s.keepReferences(all);
        for (int i = 0; i < VOCAB.length; i++) { // only " 1" and " 2" are left to choose from
            assertThat(all[i] == 0f).as(VOCAB[i]).isEqualTo(i == id(" 1") || i == id(" 2"));
        }
        s = script(LineLeads.dependentClaims("bolt", 2, 1));
        s.added(NEWLINE, 1000);
        float[] logits = favouring(" 3"); // claim 3 referring to itself
        logits[id(" 2")] = -1f;
        logits[id(" 1")] = 0.5f;
        assertThat(written(s, logits)).isEqualTo("3. The bolt of claim 1, wherein");
    }

    @Test
    void aLineTheBudgetCannotHoldIsNotBegun() {
        LineLeadScript s = script(LineLeads.dependentClaims("bolt", 2, 1));
        for (int i = 0; i < 30; i++) {
            s.added(HEAD, 1000); // claim 2 takes 30 of the model's tokens
        }
        // Claim 3's lead is 9 tokens ("3", ".", " The", " bolt", " of", " claim", " 2", ",", " wherein"); with 31
        // more for its body (as many as the model wrote in claim 2, its line break included), 39 left is one too few.
        assertThat(s.added(NEWLINE, 39)).isTrue();
        assertThat(s.writing()).isFalse();
        LineLeadScript t = script(LineLeads.dependentClaims("bolt", 2, 1));
        for (int i = 0; i < 30; i++) {
            t.added(HEAD, 1000);
        }
        assertThat(t.added(NEWLINE, 40)).isFalse();
        assertThat(t.writing()).isTrue();
    }

    @Test
    void numbersOfOneTokenAreChosenFromAndWithoutAnyTheLineRefersToTheParent() {
        // Claim 22 of a draft for claim 12 may refer to 12 or 21 (" 12" and " 21" are tokens).
        LineLeadScript s = script(LineLeads.dependentClaims("bolt", 21, 12));
        s.added(NEWLINE, 1000);
        assertThat(written(s, favouring(" 21"))).isEqualTo("22. The bolt of claim 21, wherein");
        // Claim 35 of a draft for claim 33: neither " 33" nor " 34" is one token, so it refers to 33.
        LineLeadScript none = script(LineLeads.dependentClaims("bolt", 34, 33));
        none.added(NEWLINE, 1000);
        assertThat(written(none, favouring(" 3"))).isEqualTo("35. The bolt of claim 33, wherein");
    }

    @Test
    void aTemplateWithoutAReferenceIsWrittenWhole() {
        LineLeadScript s = script(new LineLeads("{n}. The bolt", 2, 1));
        s.added(NEWLINE, 1000);
        assertThat(written(s, favouring(" 2"))).isEqualTo("3. The bolt");
    }

    @Test
    void theLeadsTokensAndTheReferenceAreNotCountedAsTheModels() {
        LineLeadScript s = script(LineLeads.dependentClaims("bolt", 2, 1));
        s.added(NEWLINE, 1000);
        for (int i = 0; i < 6; i++) { // "3. The bolt of claim": a line break among them would not start a line
            assertThat(s.added(s.write(), 1000)).isFalse();
            assertThat(s.free()).isZero();
        }
        assertThat(s.atReference()).isTrue();
        float[] logits = favouring(" 1");
        s.keepReferences(logits);
        assertThat(s.added(s.referred(TokenChooser.argmax(logits)), 1000)).isFalse();
        assertThat(s.free()).isZero(); // the reference is the script's too
        assertThat(s.added(s.write(), 1000)).isFalse(); // ","
        assertThat(s.added(s.write(), 1000)).isFalse(); // " wherein"
        assertThat(s.writing()).isFalse();
        assertThat(s.free()).isZero();
        s.added(HEAD, 1000);
        assertThat(s.free()).isEqualTo(1);
    }

    @Test
    void aLineEndsWithALineBreakAndNothingButSpacesAfterIt() {
        for (String t : new String[] {"\n", "\n  ", ".\n", "\n\t", "\n\n"}) {
            assertThat(LineLeadScript.endsLine(t.getBytes(StandardCharsets.UTF_8))).as(t).isTrue();
        }
        for (String t : new String[] {"\n.", " ", "", "a", "\r"}) {
            assertThat(LineLeadScript.endsLine(t.getBytes(StandardCharsets.UTF_8))).as(t).isFalse();
        }
    }

    @Test
    void afterALeadTheModelMayNeitherEndTheDraftNorTheLine() {
        LineLeadScript s = script(LineLeads.dependentClaims("bolt", 2, 1));
        float[] logits = new float[VOCAB.length];
        s.keepLineOpen(logits, java.util.Set.of(id(" is")));
        for (int i = 0; i < VOCAB.length; i++) {
            assertThat(logits[i] == Float.NEGATIVE_INFINITY).as(VOCAB[i]).isEqualTo(i == NEWLINE || i == id(" is"));
        }
    }

    @Test
    void leadsCheckTheirTemplateAndNumbering() {
        LineLeads claims = LineLeads.dependentClaims("bolt", 2, 1);
        assertThat(claims.references(1)).containsExactly(1, 2);
        assertThat(claims.references(2)).containsExactly(1, 2, 3);
        assertThat(LineLeads.dependentClaims("bolt", 21, 12).references(1)).containsExactly(12, 21);
        assertThat(claims.before(1)).isEqualTo("3. The bolt of claim ");
        assertThat(claims.after(1)).isEqualTo(", wherein");
        assertThat(LineLeads.NONE.isNone()).isTrue();
        assertThatThrownBy(() -> new LineLeads("{n} {ref} {ref}", 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineLeads("  ", 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineLeads(" {ref}. The bolt", 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineLeads("{n}", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        // A dependent claim refers back: the parent comes before the draft's lines.
        assertThatThrownBy(() -> LineLeads.dependentClaims("bolt", 5, 5)).hasMessageContaining("before");
        assertThat(new LineLeads("{n}. The bolt", 5, 9).parent()).isEqualTo(9); // no reference: no such rule
    }

    @Test
    void theRepeatBansCanBeLeftOutForTheTokensAfterALead() {
        Sampler s = Sampler.of(Sampling.greedy().withNoRepeatNgram(2), 1);
        assertThat(s.repeatSpan()).isEqualTo(1);
        int[] history = {9, 0, 1, 0};
        // "0 1" was generated: after "0", 1 is banned, unless the bans are left out.
        assertThat(s.next(new float[] {0f, 5f, 4f}, history, 4)).isEqualTo(2);
        assertThat(s.next(new float[] {0f, 5f, 4f}, history, 4, false)).isEqualTo(1);
        assertThat(Sampler.of(Sampling.greedy()).repeatSpan()).isZero();
        assertThat(Sampler.of(Sampling.greedy().withNoRepeatNgram(4), 1, List.of(),
                List.of(io.patentdesk.inference.sampling.NoRepeatNgram.near(20, 1))).repeatSpan())
                .isEqualTo(3);
    }
}
