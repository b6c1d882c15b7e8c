package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.model.ModelFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aid keys of a folder's patentdesk.json, as the aids plug-in reads them. */
class PatentAidsProviderTest {

    @TempDir
    Path tmp;

    private static PatentAidSettings settings(ModelFolder f, DraftingTask task) {
        return (PatentAidSettings) f.aids().orElseThrow().forTask(task);
    }

    private static WordRules rules(ModelFolder f, DraftingTask task) {
        return settings(f, task).wordRules();
    }

    @Test
    void theSamplingObjectsAidKeysAreTheAids() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("s"));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"sampling\": {\"temperature\": 0.5, \"topP\": 0.9, "
                + "\"topK\": 40, \"repetitionPenalty\": 1.1, \"noRepeatNgram\": 4, \"nearRepeatWindow\": 20, \"minP\": 0.05, "
                + "\"contextContrast\": 0.5, \"plausibility\": 0.2, \"copyBoost\": 3, \"inputWordBoost\": 2}}");
        ModelFolder f = ModelFolder.open(dir);
        assertThat(f.aids().orElseThrow().modelWide())
                .isEqualTo(new PatentAidSettings(WordRules.NONE, 0.5, 0.2, 20, 3, 2, LineLeads.NONE));
        // Contrast without a named limit gets the usual one.
        Files.writeString(dir.resolve("patentdesk.json"), "{\"sampling\": {\"temperature\": 0.5, \"contextContrast\": 1}}");
        assertThat(((PatentAidSettings) ModelFolder.open(dir).aids().orElseThrow().modelWide()).plausibility())
                .isEqualTo(PatentAidSettings.DEFAULT_PLAUSIBILITY);
        // Out of range: ignored rather than failing the model.
        Files.writeString(dir.resolve("patentdesk.json"), "{\"sampling\": {\"copyBoost\": 500}}");
        assertThat(ModelFolder.open(dir).aids().orElseThrow().modelWide()).isEqualTo(PatentAidSettings.NONE);
    }

    @Test
    void aNearRepeatWindowShorterThanItsPhraseIsRefusedRatherThanSilentlyOff() {
        assertThatThrownBy(() -> PatentAidSettings.NONE.withNearRepeatWindow(-1)).hasMessageContaining("near-repeat");
        assertThatThrownBy(() -> PatentAidSettings.NONE.withNearRepeatWindow(2)).hasMessageContaining("at least 3");
        assertThat(PatentAidSettings.NONE.withNearRepeatWindow(3).nearRepeatWindow()).isEqualTo(3);
    }

    @Test
    void aTasksOwnSamplingReplacesTheModelWideAidKeysAsAWhole() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("t"));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"sampling\": {\"temperature\": 0.3, \"copyBoost\": 5}, "
                + "\"taskInfo\": {\"claims_to_title\": {\"sampling\": {\"temperature\": 0.5, \"contextContrast\": 0.5}}, "
                + "\"claims_to_abstract\": {\"sampling\": {\"copyBoost\": -1}}}}");
        ModelFolder f = ModelFolder.open(dir);
        // Titles: copyBoost, which their own setting leaves out, is off (not the model-wide 5).
        assertThat(settings(f, DraftingTask.CLAIMS_TO_TITLE).copyBoost()).isZero();
        assertThat(settings(f, DraftingTask.CLAIMS_TO_TITLE).contextContrast()).isEqualTo(0.5);
        // Out of range, or no setting of its own: the model-wide one.
        assertThat(settings(f, DraftingTask.CLAIMS_TO_ABSTRACT).copyBoost()).isEqualTo(5);
        assertThat(settings(f, DraftingTask.INSTRUCT).copyBoost()).isEqualTo(5);
        assertThat(GenerationRequest.forTask(f, DraftingTask.CLAIMS_TO_TITLE, "1. A widget.", 7).aids())
                .isEqualTo(settings(f, DraftingTask.CLAIMS_TO_TITLE));
    }

    @Test
    void aTaskMayEndAtItsOwnStopStringsAndAvoidWords() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("w"));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"stopStrings\": [\"<|endoftext|>\"], "
                + "\"articleAgreement\": true, \"tasks\": {\"claims_to_abstract\": \"A{input}R\"}, "
                + "\"taskInfo\": {\"claims_to_abstract\": {\"stopStrings\": [\"\\n\"], "
                + "\"bannedWords\": [\"said\", \"claim\"]}, \"claim_to_description\": {\"bannedOpenings\": "
                + "[\"[\", \" \", 7]}}}");
        ModelFolder f = ModelFolder.open(dir);
        PromptFormat format = f.promptFormat();
        assertThat(format.stopStrings(DraftingTask.CLAIMS_TO_ABSTRACT)).containsExactly("\n");
        // A blank opening or one that is not a string is ignored, as a word with a space is.
        assertThat(rules(f, DraftingTask.CLAIM_TO_DESCRIPTION))
                .isEqualTo(new WordRules(java.util.List.of(), true, null, java.util.List.of("[")));
        assertThat(rules(f, DraftingTask.CLAIMS_TO_ABSTRACT)).isEqualTo(new WordRules(java.util.List.of("said", "claim"), true));
        // Other tasks: no stop strings or words of their own, the model-wide article rule.
        assertThat(format.stopStrings(DraftingTask.CLAIMS_TO_TITLE)).isEmpty();
        assertThat(rules(f, DraftingTask.CLAIMS_TO_TITLE)).isEqualTo(new WordRules(java.util.List.of(), true));
        GenerationRequest r = GenerationRequest.forTask(f, DraftingTask.CLAIMS_TO_ABSTRACT, "1. A widget.", 7);
        assertThat(r.stopStrings()).containsExactly("\n");
        assertThat(((PatentAidSettings) r.aids()).wordRules().bannedWords()).containsExactly("said", "claim");
        // Applying a task's rules twice adds its stop strings once.
        assertThat(r.withTaskRules(f, DraftingTask.CLAIMS_TO_ABSTRACT).stopStrings()).containsExactly("\n");
        assertThat(GenerationRequest.forTask(f, DraftingTask.INSTRUCT, "x", 7).stopStrings()).isEmpty();
    }

    @Test
    void aBannedPhraseIsIgnoredAndTheArticleRuleNeedsNoTemplates() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("p"));
        Files.writeString(dir.resolve("patentdesk.json"), "{\"tasks\": {\"claims_to_abstract\": \"A{input}R\"}, "
                + "\"articleAgreement\": \"yes\", \"taskInfo\": {\"claims_to_abstract\": {\"bannedWords\": "
                + "[\"according to\", \"said\", 7, \"\"]}}}");
        WordRules rules = rules(ModelFolder.open(dir), DraftingTask.CLAIMS_TO_ABSTRACT);
        assertThat(rules).isEqualTo(new WordRules(java.util.List.of("said"), false)); // "yes" is not true
        Files.writeString(dir.resolve("patentdesk.json"), "{\"articleAgreement\": true}");
        assertThat(rules(ModelFolder.open(dir), DraftingTask.INSTRUCT).articleAgreement()).isTrue();
    }

    @Test
    void aLexiconNamedByTheFolderKeepsEveryTaskToItsWordsAndABadOneIsAClearError() throws IOException, ModelException {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("l"));
        Files.writeString(dir.resolve("words.txt"), "bolt\nNut\n\n");
        Files.writeString(dir.resolve("patentdesk.json"), "{\"lexicon\": \"words.txt\"}");
        ModelFolder f = ModelFolder.open(dir);
        assertThat(rules(f, DraftingTask.INSTRUCT).knownWords()).isEqualTo(Lexicon.of(java.util.List.of("bolt", "nut")));
        assertThat(rules(f, DraftingTask.CLAIMS_TO_TITLE).knownWords()).isNotNull();
        Files.writeString(dir.resolve("patentdesk.json"), "{\"lexicon\": \"words.txt\", \"tasks\": {\"instruct\": \"I{input}R\"}, "
                + "\"taskInfo\": {\"instruct\": {\"lexicon\": false}, \"claims_to_title\": {\"lexicon\": \"no\"}}}");
        ModelFolder optedOut = ModelFolder.open(dir);
        assertThat(rules(optedOut, DraftingTask.INSTRUCT).knownWords()).isNull(); // a rewrite hands words back
        assertThat(rules(optedOut, DraftingTask.CLAIMS_TO_TITLE).knownWords()).isNotNull(); // "no" is not false
        Files.writeString(dir.resolve("patentdesk.json"), "{}");
        assertThat(rules(ModelFolder.open(dir), DraftingTask.INSTRUCT).knownWords()).isNull();
        // The folder given as a relative path ("." when run inside it) finds its list too.
        Path relative = Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath());
        assertThat(rules(ModelFolder.open(relative), DraftingTask.INSTRUCT).knownWords()).isNull();
        Files.writeString(dir.resolve("patentdesk.json"), "{\"lexicon\": \"words.txt\"}");
        assertThat(rules(ModelFolder.open(Path.of(".", relative.toString())), DraftingTask.INSTRUCT).knownWords()).isNotNull();
        for (String name : new String[] {"missing.txt", "../words.txt", "", ".", "a\\u0000b"}) {
            Files.writeString(dir.resolve("patentdesk.json"), "{\"lexicon\": \"" + name + "\"}");
            assertThatThrownBy(() -> ModelFolder.open(dir)).isInstanceOf(ModelException.class)
                    .hasMessageContaining("not a file in the model folder");
        }
        Files.write(dir.resolve("broken.txt.gz"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("patentdesk.json"), "{\"lexicon\": \"broken.txt.gz\"}");
        assertThatThrownBy(() -> ModelFolder.open(dir)).isInstanceOf(ModelException.class).hasMessageContaining("cannot be read");
        Files.writeString(dir.resolve("empty.txt"), "\n");
        Files.writeString(dir.resolve("patentdesk.json"), "{\"lexicon\": \"empty.txt\"}");
        assertThatThrownBy(() -> ModelFolder.open(dir)).isInstanceOf(ModelException.class).hasMessageContaining("no words");
    }
}
