import unittest

import torch

from patentgpt.sampling import IMPLAUSIBLE, Sampler, banned_by_ngram, context_contrast


class SamplingTest(unittest.TestCase):
    LOGITS = torch.tensor([1.0, 3.0, 2.0, -1.0, 0.5])

    def test_temperature_zero_is_the_arg_max(self):
        self.assertEqual(Sampler({"temperature": 0}).next(self.LOGITS, []), 1)

    def test_repetition_penalty_divides_positive_and_multiplies_negative_logits(self):
        # 3.0 / 2 = 1.5 < 2.0: the repeated best token loses to the next one.
        self.assertEqual(Sampler({"temperature": 0, "repetitionPenalty": 2.0}).next(self.LOGITS, [1]), 2)

    def test_no_repeat_ngram_bans_only_what_the_generated_text_would_repeat(self):
        # prompt [9, 1]; generated 1 4 1 -> the bigram (1, 4) was generated: 4 is banned after 1.
        self.assertEqual(banned_by_ngram([9, 1, 1, 4, 1], 2, 2), [4])
        # The prompt's own bigram (9, 1) never bans anything.
        self.assertEqual(banned_by_ngram([9, 1, 9], 2, 2), [])
        self.assertEqual(sorted(banned_by_ngram([7, 3, 2], 1, 1)), [2, 3])
        logits = torch.tensor([0.0, 0.0, 0.0, 0.0, 5.0])
        self.assertEqual(Sampler({"temperature": 0, "noRepeatNgram": 2}, prompt_length=2).next(logits, [9, 1, 1, 4, 1]), 0)

    # The same cases as the engine's NoRepeatNgramTest.
    def test_a_phrase_of_the_prompt_may_occur_as_often_as_the_prompt_has_it(self):
        prompt = [1, 2, 3, 4, 1, 2, 3, 4]  # has "1 2 3 4" twice
        sampler = Sampler({"temperature": 0, "noRepeatNgram": 4}, prompt_length=len(prompt))
        logits = torch.tensor([0.0, 0.0, 0.0, 0.0, 5.0, 0.0])
        self.assertEqual(sampler.next(logits, prompt + [1, 2, 3, 4, 1, 2, 3]), 4)  # generated once: again allowed
        self.assertNotEqual(sampler.next(logits, prompt + [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3]), 4)  # not a third time
        once = Sampler({"temperature": 0, "noRepeatNgram": 4}, prompt_length=4)
        self.assertNotEqual(once.next(logits, [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3]), 4)  # quoted once, never looped
        near = Sampler({"temperature": 0, "nearRepeatWindow": 20}, prompt_length=len(prompt))
        self.assertNotEqual(near.next(logits, prompt + [1, 2, 3, 4, 1, 2, 3]), 4)  # a tight loop stays banned

    def test_top_k_one_and_a_tiny_top_p_always_pick_the_best_token(self):
        for s in ({"temperature": 1.5, "topK": 1}, {"temperature": 1.5, "topP": 0.01}):
            picks = {Sampler(s, seed=i).next(self.LOGITS, []) for i in range(20)}
            self.assertEqual(picks, {1}, s)

    def test_top_p_keeps_the_smallest_set_that_reaches_p(self):
        logits = torch.log(torch.tensor([0.5, 0.3, 0.15, 0.05]))
        picks = {Sampler({"temperature": 1.0, "topP": 0.8}, seed=i).next(logits, []) for i in range(200)}
        self.assertEqual(picks, {0, 1})

    def test_a_seed_gives_the_same_draws_and_the_distribution_follows_the_temperature(self):
        s = {"temperature": 1.0}
        a = [Sampler(s, seed=5).next(self.LOGITS, []) for _ in range(5)]
        self.assertEqual(a, [Sampler(s, seed=5).next(self.LOGITS, []) for _ in range(5)])
        sampler = Sampler(s, seed=3)
        counts = torch.bincount(torch.tensor([sampler.next(self.LOGITS, []) for _ in range(3000)]), minlength=5)
        expected = torch.softmax(self.LOGITS, -1) * 3000
        self.assertLess(((counts - expected).abs() / expected.sqrt()).max().item(), 4.5)

    # The same cases as the engine's ContextContrastTest, so both sides compute the same contrast.
    def test_context_contrast_leans_away_from_the_logits_without_the_input(self):
        out = context_contrast(torch.tensor([2.0, 1.0, 0.0]), torch.tensor([2.0, 0.0, 0.0]), 1.0, 0.0)
        self.assertEqual(out.tolist(), [2.0, 2.0, 0.0])

    def test_context_contrast_drops_implausible_tokens_but_keeps_them_finite(self):
        out = context_contrast(torch.tensor([5.0, 4.0, 2.0]), torch.tensor([5.0, 4.0, -20.0]), 1.0, 0.1)
        self.assertEqual(out.tolist(), [5.0, 4.0, 24.0 - IMPLAUSIBLE])

    def test_the_sampler_contrasts_only_when_asked_and_given_the_other_logits(self):
        given, without = torch.tensor([2.0, 1.0, 0.0]), torch.tensor([3.0, 0.0, 0.0])
        contrasting = {"temperature": 0, "contextContrast": 1.0}
        self.assertEqual(Sampler(contrasting).next(given, [], without), 1)
        self.assertEqual(Sampler(contrasting).next(given, []), 0)
        self.assertEqual(Sampler({"temperature": 0}).next(given, [], without), 0)

    def test_a_near_repeat_is_banned_but_the_phrase_may_come_back_outside_the_window(self):
        # The engine's NoRepeatNgramTest case: "1 2 3" starts 9 tokens before the end.
        history, logits = [1, 2, 3, 9, 8, 7, 6, 1, 2], torch.zeros(10)
        logits[3] = 5.0
        self.assertNotEqual(Sampler({"temperature": 0, "nearRepeatWindow": 9}).next(logits, history), 3)
        self.assertEqual(Sampler({"temperature": 0, "nearRepeatWindow": 6}).next(logits, history), 3)
        self.assertEqual(Sampler({"temperature": 0, "nearRepeatWindow": 9}, prompt_length=3).next(logits, history), 3)

    def test_min_p_keeps_tokens_at_least_that_fraction_of_the_best(self):
        logits = torch.log(torch.tensor([0.5, 0.3, 0.15, 0.05]))
        picks = {Sampler({"temperature": 1.0, "minP": 0.25}, seed=i).next(logits, []) for i in range(300)}
        self.assertEqual(picks, {0, 1, 2})  # 0.05 < 0.25 x 0.5

    # The engine's InputCopyTest cases: prompt 5 6 7 5 6 8 1 2 3 1 2 3, then generated tokens.
    PROMPT = [5, 6, 7, 5, 6, 8, 1, 2, 3, 1, 2, 3]

    def copy_bonus(self, boost, *generated):
        sampler = Sampler({"temperature": 0, "copyBoost": boost}, prompt_length=len(self.PROMPT))
        return [float(sampler.bonus(torch.zeros(10), self.PROMPT + list(generated))[i]) for i in range(10)]

    def test_every_token_that_followed_the_last_two_generated_tokens_in_the_prompt_gets_the_bonus_once(self):
        self.assertEqual(self.copy_bonus(2, 4, 5, 6), [0, 0, 0, 0, 0, 0, 0, 2, 2, 0])
        self.assertEqual(self.copy_bonus(2, 1, 2), [0, 0, 0, 2, 0, 0, 0, 0, 0, 0])  # 3 follows "1 2" twice: once

    def test_nothing_changes_when_the_pair_is_not_in_the_prompt_or_too_few_tokens_were_generated(self):
        self.assertEqual(self.copy_bonus(2, 6, 5), [0] * 10)
        self.assertEqual(self.copy_bonus(2, 1), [0] * 10)

    def test_the_sampler_applies_the_bonus_before_the_penalty_and_the_model_still_decides(self):
        logits, history = torch.zeros(10), self.PROMPT + [5, 6]
        logits[9] = 3.0
        pick = lambda s: Sampler(dict({"temperature": 0}, **s), prompt_length=len(self.PROMPT)).next(logits, history)
        self.assertEqual(pick({"copyBoost": 2.5}), 9)
        self.assertEqual(pick({"copyBoost": 3.5}), 7)
        self.assertEqual(pick({"copyBoost": 3.5, "repetitionPenalty": 2.0}), 9)  # 3.5 / 2 < 3


# The same made-up vocabulary and cases as the engine's InputWordsTest.
IW_VOCAB = [" bolt", " head", "s", "1", " the", "A", " ", " Shank", ".", " 9"]
IW_TOKENS = [v.encode() for v in IW_VOCAB]


class InputWordBoostTest(unittest.TestCase):
    def bonus(self, history, prompt_length, boost=2.0):
        s = Sampler({"temperature": 0, "inputWordBoost": boost}, prompt_length=prompt_length, tokens=IW_TOKENS)
        return s.bonus(torch.zeros(len(IW_VOCAB)), history).tolist()

    def test_each_token_of_the_input_that_begins_a_word_gets_the_boost_once(self):
        # Prompt "A bolt head bolt.s 1 9 Shank": " bolt" (twice), " head", " Shank" begin words; "A" has no space
        # before it, "s" continues a word, " 9" is a number, " " is no word.
        prompt = [5, 0, 1, 0, 8, 2, 3, 9, 6, 7]
        self.assertEqual(self.bonus(prompt + [4], len(prompt)), [2, 2, 0, 0, 0, 0, 0, 2, 0, 0])

    def test_generated_words_and_a_sampler_without_tokens_change_nothing(self):
        self.assertEqual(self.bonus([5, 0], 1), [0] * len(IW_VOCAB))  # " bolt" was generated, not given
        s = Sampler({"temperature": 0, "inputWordBoost": 2.0}, prompt_length=2)
        self.assertEqual(s.bonus(torch.zeros(3), [0, 1]).tolist(), [0, 0, 0])

    def test_the_boost_shifts_the_choice_toward_the_inputs_words(self):
        logits = torch.tensor([1.0, 0.0, 2.5, 0, 0, 0, 0, 0, 0, 0])
        s = Sampler({"temperature": 0, "inputWordBoost": 2.0}, prompt_length=1, tokens=IW_TOKENS)
        self.assertEqual(s.next(logits, [0]), 0)  # " bolt" 1 + 2 beats "s" 2.5
        self.assertEqual(Sampler({"temperature": 0}, prompt_length=1, tokens=IW_TOKENS).next(logits, [0]), 2)


class ChoiceTest(unittest.TestCase):
    def test_the_most_fluent_setting_within_one_standard_error_of_the_best_wins(self):
        from patentgpt.stage_decoding import choose
        row = lambda name, mean, unknown, loops=0.0, eligible=True: {
            "sampling": name, "eligible": eligible, "mean": mean, "standard_error": 0.02, "unknown_words": unknown,
            "near_repeats": loops}
        rows = [row("greedy", 0.30, 0.001, eligible=False), row("hot", 0.26, 0.04), row("cool", 0.245, 0.02),
                row("cold", 0.20, 0.005)]
        self.assertEqual(choose(rows), "cool")  # "cold" is more fluent but more than one error below the best
        self.assertEqual(choose(rows[:2]), "hot")
        # Loops count as much as garbled words.
        self.assertEqual(choose(rows[:3] + [row("loopy", 0.25, 0.01, loops=0.03)]), "cool")

    def test_a_task_gets_its_own_setting_only_when_the_chosen_one_is_clearly_worse_on_it(self):
        from patentgpt.stage_decoding import row, task_overrides
        drafts = lambda scores, unknown=0.0: [(i, s, unknown, 0.0, 1, "text") for i, s in enumerate(scores)]
        noise = [0.03, -0.03, 0.06, -0.06, 0.0, 0.03, -0.03, 0.0]
        titles = lambda base, unknown=0.0, order=1: drafts([base + e for e in noise[::order]], unknown)
        abstracts = drafts([0.3, 0.2, 0.25, 0.3, 0.28, 0.22, 0.26, 0.24])
        by = {"copy": {"t": titles(0.30), "a": abstracts},
              "plain": {"t": titles(0.40, unknown=0.02, order=-1), "a": abstracts},
              "plain-clean": {"t": titles(0.39), "a": abstracts},
              "wild": {"t": drafts([0.9, 0.0] * 4), "a": abstracts}}
        setting = lambda name: {"temperature": 0.3, "name": name}
        rows = [row(setting(name), d, 8) for name, d in by.items()]
        # Titles: "plain" and "plain-clean" clearly beat "copy", "wild" only on average; of the two clear winners the
        # one without garbled words wins. Abstracts: no setting is better, so no override. Nor is any setting clearly
        # better than "plain-clean" ("plain" is ahead by 0.01, well within its error).
        self.assertEqual(task_overrides(rows, list(by.values()), setting("copy")), {"t": setting("plain-clean")})
        self.assertEqual(task_overrides(rows, list(by.values()), setting("plain-clean")), {})


if __name__ == "__main__":
    unittest.main()


class AppLeadsTest(unittest.TestCase):
    def test_the_task_input_is_the_text_between_the_task_tokens(self):
        from patentgpt.stage_decoding import task_input
        self.assertEqual(task_input("claims_to_title", "<|claims_to_title|> 1. A bolt. <|claims_to_title|><|response|>"),
                         "1. A bolt.")

    def test_leads_come_from_the_launcher_one_per_request_or_not_at_all(self):
        import os
        import stat
        import tempfile
        from patentgpt.stage_decoding import app_leads, leads_for
        with tempfile.TemporaryDirectory() as d:
            fake = os.path.join(d, "patentdesk")
            with open(fake, "w") as f:  # answers each request with its task's name
                f.write("#!/usr/bin/env python3\nimport json, sys\nassert sys.argv[1:] == ['leads']\n"
                        "for line in sys.stdin:\n    print(json.dumps({'lead': json.loads(line)['task'][:6]}))\n")
            os.chmod(fake, os.stat(fake).st_mode | stat.S_IEXEC)
            self.assertEqual(app_leads([("claims_to_title", "1. A bolt."), ("instruct", "x")], fake),
                             ["claims", "instru"])
            self.assertEqual(app_leads([], fake), [])
            self.assertIsNone(app_leads([("claims_to_title", "x")], os.path.join(d, "missing")))
            with open(fake, "w") as f:
                f.write("#!/bin/sh\nexit 2\n")
            self.assertIsNone(app_leads([("claims_to_title", "x")], fake))
        by_task = {"claims_to_title": [("<|claims_to_title|>1. A bolt.<|claims_to_title|><|response|>", "Bolt")]}
        self.assertEqual(leads_for(by_task, False), ({"claims_to_title": [""]}, False))
