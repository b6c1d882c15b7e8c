package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceScoringTest {

    private static ChoiceScoring.Question q(String text, int answer, String... choices) {
        return new ChoiceScoring.Question(text, List.of(choices), answer);
    }

    @Test
    void theMostLikelyChoiceIsTheAnswerAndAlwaysTrueShowsAsBias() {
        // A scorer that always prefers " True".
        ChoiceScoring s = new ChoiceScoring((prompt, cont) -> new Score(cont.equals(" True") ? -1 : -2, 1));
        ChoiceScoring.Outcome o = s.evaluate(List.of(q("a", 0, "True", "False"), q("b", 1, "True", "False"),
                q("c", 1, "True", "False"), q("d", 0, "True", "False")));
        assertThat(o.accuracy()).isEqualTo(0.5);
        assertThat(o.n()).isEqualTo(4);
        assertThat(o.perChoiceBias().get("True")).isEqualTo(0.5);
        assertThat(o.perChoiceBias().get("False")).isEqualTo(-0.5);
    }

    @Test
    void calibrationRemovesAPriorForOneChoice() {
        // " True" is twice as likely as " False" everywhere, except that the right answer is 1.5x as likely as
        // it would be without the question: raw scoring always says True, calibrated scoring finds every answer.
        ChoiceScoring.Question a = q("a", 0, "True", "False");
        ChoiceScoring.Question b = q("b", 1, "True", "False");
        java.util.function.BiFunction<String, String, Score> model = (prompt, cont) -> {
            double p = cont.equals(" True") ? 2.0 / 3 : 1.0 / 3;
            boolean right = prompt.contains("Question: a") && cont.equals(" True")
                    || prompt.contains("Question: b") && cont.equals(" False");
            return new Score(Math.log(p * (right ? 1.5 : 1.0)), 1);
        };
        ChoiceScoring.Outcome raw = new ChoiceScoring(model).evaluate(List.of(a, b));
        ChoiceScoring.Outcome calibrated = new ChoiceScoring(model, true).evaluate(List.of(a, b));
        assertThat(raw.accuracy()).isEqualTo(0.5);
        assertThat(raw.perChoiceBias().get("True")).isEqualTo(0.5);
        assertThat(calibrated.accuracy()).isEqualTo(1.0);
        assertThat(calibrated.perChoiceBias()).allSatisfy((k, v) -> assertThat(v).isZero());
    }

    @Test
    void calibrationScoresEachChoiceAfterTheBareAnswerCue() {
        List<String> asked = new java.util.ArrayList<>();
        ChoiceScoring s = new ChoiceScoring((prompt, cont) -> {
            asked.add(prompt + "|" + cont);
            return new Score(-1, 1);
        }, true);
        s.evaluate(List.of(q("a", 0, "True", "False"), q("b", 1, "True", "False")));
        // Two questions x two choices, plus one prior per distinct choice (computed once).
        assertThat(asked).hasSize(6).containsOnlyOnce("Answer:| True", "Answer:| False");
    }

    @Test
    void oneOffChoicesAreGroupedByPosition() {
        ChoiceScoring s = new ChoiceScoring((prompt, cont) -> new Score(cont.length(), 1)); // prefers longer text
        ChoiceScoring.Outcome o = s.evaluate(List.of(q("fee?", 1, "$1", "$100"), q("months?", 0, "twelve", "6")));
        assertThat(o.accuracy()).isEqualTo(1.0);
        assertThat(o.perChoiceBias()).containsOnlyKeys("A", "B").allSatisfy((k, v) -> assertThat(v).isZero());
    }

    @Test
    void theQuestionIsAskedInAPlainFormat() {
        assertThat(q("Is a design patent term 15 years?", 0, "True", "False").prompt())
                .isEqualTo("Question: Is a design patent term 15 years?\nAnswer:");
    }
}
