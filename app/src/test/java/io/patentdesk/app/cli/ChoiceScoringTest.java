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

    private static ChoiceScoring.Question read(String json) throws Exception {
        return ChoiceScoring.Question.from(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json), "test");
    }

    @Test
    void letteredQuestionsListTheOptionsAndScoreTheLetter() throws Exception {
        ChoiceScoring.Question q = read("{\"question\": \"Which section governs obviousness?\", \"choices\": [\"101\", "
                + "\"102\", \"103\", \"112\"], \"answer\": \"C\", \"style\": \"letters\"}");
        assertThat(q.answer()).isEqualTo(2);
        assertThat(q.prompt()).isEqualTo("Question: Which section governs obviousness?\nA. 101\nB. 102\nC. 103\nD. 112\nAnswer:");
        assertThat(q.continuation(3)).isEqualTo(" D");
    }

    @Test
    void chineseQuestionsUseTheChineseCueWithoutASpace() throws Exception {
        ChoiceScoring.Question q = read("{\"question\": \"发明专利权的期限为多少年？\", \"choices\": [\"二十年\", \"十五年\", "
                + "\"十年\", \"二十五年\"], \"answer\": \"A\", \"lang\": \"zh\", \"style\": \"letters\"}");
        assertThat(q.prompt()).isEqualTo("问题：发明专利权的期限为多少年？\nA. 二十年\nB. 十五年\nC. 十年\nD. 二十五年\n答案：");
        assertThat(q.continuation(0)).isEqualTo("A");
        ChoiceScoring.Question text = read("{\"question\": \"保护范围以什么为准？\", \"choices\": [\"说明书\", \"权利要求\"], "
                + "\"answer\": \"权利要求\", \"lang\": \"zh\"}");
        assertThat(text.prompt()).isEqualTo("问题：保护范围以什么为准？\n答案：");
        assertThat(text.continuation(1)).isEqualTo("权利要求");
    }

    @Test
    void aModelThatAlwaysSaysAShowsALetterBiasThatCalibrationRemoves() throws Exception {
        // The letter " A" is likelier everywhere; the right letter is 1.5x as likely with the question as without.
        List<ChoiceScoring.Question> qs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            qs.add(read("{\"question\": \"q" + i + "\", \"choices\": [\"w\", \"x\", \"y\", \"z\"], \"answer\": \""
                    + (char) ('A' + i) + "\", \"style\": \"letters\"}"));
        }
        java.util.function.BiFunction<String, String, Score> model = (prompt, cont) -> {
            double p = cont.equals(" A") ? 0.4 : 0.2;
            boolean right = prompt.startsWith("Question: q") && cont.equals(" " + (char) ('A' + (prompt.charAt(11) - '0')));
            return new Score(Math.log(p * (right ? 1.5 : 1.0)), 1);
        };
        ChoiceScoring.Outcome raw = new ChoiceScoring(model).evaluate(qs);
        assertThat(raw.accuracy()).isEqualTo(0.25);
        assertThat(raw.perChoiceBias()).containsEntry("A", 0.75).containsEntry("B", -0.25)
                .containsEntry("C", -0.25).containsEntry("D", -0.25);
        ChoiceScoring.Outcome calibrated = new ChoiceScoring(model, true).evaluate(qs);
        assertThat(calibrated.accuracy()).isEqualTo(1.0);
        assertThat(calibrated.perChoiceBias()).allSatisfy((k, v) -> assertThat(v).isZero());
    }

    @Test
    void anUnknownLanguageOrStyleIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("{\"question\": \"q\", \"choices\": [\"a\", \"b\"], "
                + "\"answer\": \"a\", \"lang\": \"de\"}")).hasMessageContaining("\"lang\" must be");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("{\"question\": \"q\", \"choices\": [\"a\", \"b\"], "
                + "\"answer\": \"a\", \"style\": \"numbers\"}")).hasMessageContaining("\"style\" must be");
    }
}
