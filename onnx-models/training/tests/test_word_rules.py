import json
import unittest

import torch

from patentgpt import bpe
from patentgpt.generate import generate
from patentgpt.model import ModelConfig, PatentGPT
from patentgpt.prompts import SPECIAL_TOKENS, TASK_BANNED_OPENINGS, TASK_BANNED_WORDS, TASK_STOPS, patentdesk_json
from patentgpt.sampling import Sampler
from patentgpt.word_rules import (BannedOpenings, KnownWords, WordRules, build_lexicon, cut_at_stop, read_lexicon, spellings, stop_for,
                                  token_bytes, write_lexicon)

# The same made-up vocabulary and cases as the engine's WordRulesTest.
VOCAB = ["A", " a", " an", " electronic", " key", " image", " one", " unit", " hour", "n", " said", " cl", "aim", " x",
         " data", ".", " European", " n", "An", " Electronic", " 10", "a", "\n"]
TOKENS = [v.encode() for v in VOCAB]
PROMPT = [15, 15]


def allowed_after(rules, *generated):
    logits = torch.zeros(len(VOCAB))
    rules.apply(logits, PROMPT + list(generated), len(PROMPT))
    return [i for i in range(len(VOCAB)) if logits[i] != float("-inf")]


class ArticleAgreementTest(unittest.TestCase):
    rules = WordRules(tokens=TOKENS)

    def test_after_a_only_words_that_do_not_start_with_a_vowel_letter_may_follow(self):
        for draft in ([0], [4, 1]):
            allowed = allowed_after(self.rules, *draft)
            self.assertTrue({2, 3, 5}.isdisjoint(allowed))
            self.assertTrue({4, 6, 7}.issubset(allowed))
        self.assertTrue({9, 16, 19, 8}.issubset(allowed_after(self.rules, 0)))

    def test_after_an_only_words_that_do_not_start_with_a_consonant_may_follow(self):
        for draft in ([4, 2], [18], [0, 9]):
            allowed = allowed_after(self.rules, *draft)
            self.assertTrue({4, 10, 14}.isdisjoint(allowed))
            self.assertTrue({3, 5, 8, 13, 17, 7}.issubset(allowed))

    def test_other_words_and_the_prompts_last_word_change_nothing(self):
        everything = list(range(len(VOCAB)))
        for draft in ([], [14], [1, 15], [11, 12], [20, 21], [15, 0]):  # ... "10a", ".A": no article
            self.assertEqual(allowed_after(self.rules, *draft), everything)
        self.assertNotIn(3, allowed_after(self.rules, 22, 0))  # a new line starts a word


class BannedWordsTest(unittest.TestCase):
    ENCODINGS = {" said": [10], "said": [10], " Said": [10], "Said": [10],
                 " claim": [11, 12], "claim": [11, 12], " Claim": [11, 12], "Claim": [11, 12]}

    def test_a_banned_word_is_forbidden_in_every_spelling_and_only_at_its_end(self):
        sequences = spellings(["said", "claim"], self.ENCODINGS.get)
        self.assertEqual(sequences, [(10,), (11, 12)])
        rules = WordRules(sequences)
        self.assertNotIn(10, allowed_after(rules, 4))
        self.assertTrue({11, 12}.issubset(allowed_after(rules, 4)))
        self.assertTrue({10, 12}.isdisjoint(allowed_after(rules, 4, 11)))
        self.assertEqual(len(allowed_after(WordRules([(4, 99)]), 4)), len(VOCAB))  # an id beyond the logits: skipped

    def test_a_sequence_is_matched_on_the_draft_not_on_the_prompt(self):
        rules = WordRules([(15, 12)])
        self.assertIn(12, allowed_after(rules))
        self.assertNotIn(12, allowed_after(rules, 15))

    def test_the_sampler_applies_the_rules_after_the_repetition_bans(self):
        logits = torch.zeros(len(VOCAB))
        logits[3], logits[4] = 5.0, 1.0
        sampler = Sampler({"temperature": 0}, prompt_length=2, rules=WordRules(tokens=TOKENS))
        self.assertEqual(sampler.next(logits, PROMPT + [0]), 4)
        self.assertEqual(Sampler({"temperature": 0}, prompt_length=2).next(logits, PROMPT + [0]), 3)


class TaskRulesTest(unittest.TestCase):
    def test_patentdesk_json_carries_the_rules_the_pipeline_decodes_with(self):
        info = patentdesk_json("x", 64)
        self.assertTrue(info["articleAgreement"])
        for task, stops in TASK_STOPS.items():
            self.assertEqual(info["taskInfo"][task]["stopStrings"], stops)
        self.assertEqual(info["taskInfo"]["claims_to_abstract"]["bannedWords"], TASK_BANNED_WORDS["claims_to_abstract"])
        self.assertNotIn("stopStrings", info["taskInfo"]["independent_to_dependent"])  # several claims, one per line
        self.assertEqual(info["taskInfo"]["claim_to_description"]["bannedOpenings"], ["["])
        self.assertEqual(TASK_BANNED_OPENINGS, {"claim_to_description": ["["]})
        json.dumps(info)

    def test_a_one_paragraph_task_is_cut_at_its_first_line_break(self):
        self.assertEqual(cut_at_stop("A key system.\n7. An electronic key", "claims_to_abstract"), "A key system.")
        self.assertEqual(cut_at_stop("2. The system.\n3. The system", "independent_to_dependent"),
                         "2. The system.\n3. The system")

    def test_generation_ends_once_the_stop_test_is_true_and_keeps_the_rules(self):
        torch.manual_seed(0)
        model = PatentGPT(ModelConfig(vocab_size=len(VOCAB), hidden_size=32, num_layers=1, num_heads=4, num_kv_heads=2,
                                      intermediate_size=48, context_length=64)).eval()
        free = generate(model, PROMPT, 12, eos_id=-1, no_repeat_ngram=0, repetition_penalty=1.0)
        self.assertEqual(len(free), 12)
        self.assertEqual(generate(model, PROMPT, 12, eos_id=-1, no_repeat_ngram=0, repetition_penalty=1.0,
                                  stop=lambda ids: len(ids) == 5), free[:5])
        rules = WordRules([(t,) for t in set(free[:3])])
        ruled = generate(model, PROMPT, 12, eos_id=-1, no_repeat_ngram=0, repetition_penalty=1.0, rules=rules)
        self.assertTrue(set(free[:3]).isdisjoint(ruled))

    def test_a_tasks_rules_come_from_the_tokenizer(self):
        tok = bpe.train_from_texts(["Said the claim: a valve and an inlet, said valve.\nClaims 1 and 2."] * 10, 300,
                                   SPECIAL_TOKENS)
        ids = tok.encode("A valve, said claim.\n<|endoftext|>")
        self.assertEqual(b"".join(token_bytes(tok)[i] for i in ids), b"A valve, said claim.\n")  # specials: no bytes
        rules = WordRules.for_task(tok, "claims_to_abstract")
        self.assertIn(tuple(tok.encode(" said")), rules.sequences)
        self.assertIn(tuple(tok.encode("Claims")), rules.sequences)
        self.assertIsNotNone(rules.tokens)
        self.assertEqual(WordRules.for_task(tok, "instruct").sequences, [])
        stop = stop_for(tok, "claims_to_abstract")
        self.assertFalse(stop(tok.encode("A valve")))
        self.assertTrue(stop(tok.encode("A valve.\nClaims")))
        self.assertIsNone(stop_for(tok, "independent_to_dependent"))


# The same made-up vocabulary and cases as the engine's BannedOpeningsTest.
BO_VOCAB = ["[", " [", "[00", "09", "]", " The", " ", "\n", "A", " ["]
BO_TOKENS = [v.encode() for v in BO_VOCAB]


def opening_allowed(openings, *draft):
    logits = torch.zeros(len(BO_VOCAB))
    BannedOpenings(BO_TOKENS, openings).apply(logits, [5, 5] + list(draft), 2)
    return [i for i in range(len(BO_VOCAB)) if logits[i] != float("-inf")]


class BannedOpeningsTest(unittest.TestCase):
    def test_no_token_that_begins_with_the_opening_begins_the_draft(self):
        self.assertEqual(opening_allowed(["["]), [3, 4, 5, 6, 7, 8])
        self.assertEqual(opening_allowed(["["], 6, 7), [3, 4, 5, 6, 7, 8])  # whitespace has not begun the draft

    def test_once_the_draft_has_begun_anything_goes(self):
        self.assertEqual(opening_allowed(["["], 5), list(range(len(BO_VOCAB))))
        self.assertEqual(opening_allowed(["["], 6, 8), list(range(len(BO_VOCAB))))

    def test_a_token_that_is_the_start_of_a_longer_opening_is_banned_too(self):
        self.assertEqual(opening_allowed(["[0009]"]), [3, 4, 5, 6, 7, 8])
        self.assertEqual(opening_allowed(["The"]), [0, 1, 2, 3, 4, 6, 7, 8, 9])
        self.assertEqual(opening_allowed([" ["]), opening_allowed(["["]))  # an opening's own leading space is dropped
        with self.assertRaises(ValueError):
            BannedOpenings(BO_TOKENS, [" "])


# The same made-up vocabulary and cases as the engine's KnownWordsTest.
KW_VOCAB = ["", " key", " ke", "y", "s", " image", " imag", "x", " Key", " KEY", " kEy", "10", ",", " iPhone", " iP",
            "hone", " gizmo", " gizm", "o", " q", "e"]
KW_TOKENS = [v.encode() for v in KW_VOCAB]
KW_LEXICON = sorted(["key", "keys", "image", "unit", "electronic"])
EVERYTHING_PLAIN = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 18, 19, 20]


def known_after(prompt, *draft, tokens=KW_TOKENS, logits=None):
    logits = -torch.arange(len(tokens), dtype=torch.float) if logits is None else logits
    KnownWords(tokens, KW_LEXICON).apply(logits, list(prompt) + list(draft), len(prompt))
    return [i for i in range(len(tokens)) if logits[i] != float("-inf")]


class KnownWordsTest(unittest.TestCase):
    def test_each_word_is_a_lexicon_word_or_still_can_become_one(self):
        for draft, expected in [((), EVERYTHING_PLAIN), ((2,), [3]), ((1,), [0, 1, 2, 4, 5, 6, 8, 9, 11, 12, 19]),
                                ((6,), [20]), ((5, 12), EVERYTHING_PLAIN)]:
            self.assertEqual(known_after([0], *draft), expected, draft)

    def test_the_prompts_words_are_known_as_it_spells_them(self):
        prompt = [16, 13, 0]
        self.assertTrue({13, 14, 16, 17}.issubset(known_after(prompt)))
        self.assertNotIn(10, known_after(prompt))
        self.assertEqual(known_after(prompt, 17), [18])
        self.assertEqual(known_after(prompt, 14), [15])
        self.assertTrue({13, 14, 16, 17}.isdisjoint(known_after([0])))

    def test_only_the_known_tokens_among_the_most_likely_are_kept(self):
        many = [b" key" if i % 2 == 0 else b" kxq" for i in range(300)]
        kept = known_after([], tokens=many, logits=1000 - torch.arange(300, dtype=torch.float))
        self.assertEqual(kept, list(range(0, KnownWords.WINDOW, 2)))

    def test_when_no_token_writes_a_known_word_the_rule_stands_aside(self):
        self.assertEqual(known_after([], tokens=[b" kxq", b" zzz"], logits=torch.tensor([2.0, 1.0])), [0, 1])

    def test_a_lexicon_is_built_from_the_train_split_and_written_reproducibly(self):
        import os, tempfile
        with tempfile.TemporaryDirectory() as d:
            train = os.path.join(d, "train.jsonl")
            with open(train, "w", encoding="utf-8") as f:
                for i in range(4):
                    f.write(json.dumps({"id": str(i), "text": "A valve and a valve seat. Valve" + (" rare" if i == 0 else "")}) + "\n")
            words = build_lexicon(train, min_count=3, min_docs=3)
            self.assertEqual(words, ["a", "and", "seat", "valve"])  # "rare": one record
            a, b = os.path.join(d, "a.txt.gz"), os.path.join(d, "b.txt.gz")
            write_lexicon(words, a)
            write_lexicon(words, b)
            with open(a, "rb") as fa, open(b, "rb") as fb:
                self.assertEqual(fa.read(), fb.read())
            self.assertEqual(read_lexicon(a), words)

    def test_patentdesk_json_names_the_lexicon_only_when_there_is_one(self):
        self.assertNotIn("lexicon", patentdesk_json("M", 64))
        self.assertNotIn("lexicon", patentdesk_json("M", 64)["taskInfo"]["instruct"])
        pj = patentdesk_json("M", 64, "lexicon.txt.gz")
        self.assertEqual(pj["lexicon"], "lexicon.txt.gz")
        self.assertIs(pj["taskInfo"]["instruct"]["lexicon"], False)  # a rewrite keeps the user's words
        self.assertNotIn("lexicon", pj["taskInfo"]["claims_to_abstract"])

    def test_a_task_that_opts_out_gets_no_known_words_rule(self):
        tok = bpe.train_from_texts(["A valve and an inlet."] * 10, 300, SPECIAL_TOKENS)
        self.assertIsNotNone(WordRules.for_task(tok, "claims_to_abstract", lexicon=["valve"]).known)
        self.assertIsNone(WordRules.for_task(tok, "instruct", lexicon=["valve"]).known)


if __name__ == "__main__":
    unittest.main()
