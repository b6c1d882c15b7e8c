package io.patentdesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.patentdesk.inference.Score;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Multiple-choice evaluation by log-probability: the model "answers" with the choice whose text it finds most likely
 * after the question. Per-choice bias is how much more often a choice is picked than it is right (predicted share
 * minus answer share): a model that says "True" to everything shows a large positive bias for "True".
 */
final class ChoiceScoring {

    /** One question; the answer is one of the choices' texts. */
    record Question(String question, List<String> choices, int answer) {

        static Question from(JsonNode r, String where) throws IOException {
            String q = r.path("question").asText("");
            List<String> choices = new ArrayList<>();
            r.path("choices").forEach(c -> choices.add(c.asText()));
            String answer = r.path("answer").asText(null);
            if (q.isBlank() || choices.size() < 2 || answer == null) {
                throw new IOException(where + " needs \"question\", at least two \"choices\" and an \"answer\".");
            }
            int index = choices.indexOf(answer);
            if (index < 0 && answer.length() == 1 && Character.isLetter(answer.charAt(0))) {
                index = Character.toUpperCase(answer.charAt(0)) - 'A'; // answer given as a letter A, B, C ...
            }
            if (index < 0 || index >= choices.size()) {
                throw new IOException(where + ": the answer \"" + answer + "\" is not one of the choices.");
            }
            return new Question(q, List.copyOf(choices), index);
        }

        String prompt() {
            return "Question: " + question + "\nAnswer:";
        }
    }

    record Outcome(double accuracy, int n, Map<String, Double> perChoiceBias) {
    }

    private final BiFunction<String, String, Score> scorer;

    ChoiceScoring(BiFunction<String, String, Score> scorer) {
        this.scorer = scorer;
    }

    Outcome evaluate(List<Question> questions) {
        Map<String, Integer> textCount = new HashMap<>();
        for (Question q : questions) {
            q.choices().forEach(c -> textCount.merge(c, 1, Integer::sum));
        }
        Map<String, Double> bias = new TreeMap<>();
        int correct = 0;
        for (Question q : questions) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < q.choices().size(); i++) {
                double s = scorer.apply(q.prompt(), " " + q.choices().get(i)).logProbability();
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (best == q.answer()) {
                correct++;
            }
            bias.merge(key(q, best, textCount), 1.0 / questions.size(), Double::sum);
            bias.merge(key(q, q.answer(), textCount), -1.0 / questions.size(), Double::sum);
        }
        return new Outcome((double) correct / questions.size(), questions.size(), bias);
    }

    /** Recurring choices (True, False, Yes, No) by their text; one-off choices by their position, A, B, C ... */
    private static String key(Question q, int choice, Map<String, Integer> textCount) {
        String text = q.choices().get(choice);
        return textCount.get(text) > 1 ? text : String.valueOf((char) ('A' + choice));
    }
}
