import os
import random
import unittest

from patentgpt.rewrite_data import REWRITE_INSTRUCTION, numerals, paragraphs, rewrite_pairs, roughen, score_rewrite
from patentgpt.sft_data import explain_instruction, mpep_prose, pairs_from_record

APP = os.path.join(os.path.dirname(__file__), "..", "..", "..", "app", "src", "main", "java", "io", "patentdesk", "app",
                   "ui", "assist", "AssistRequests.java")

PARAGRAPH = ("The housing 12 has a lid 14 that can be opened by the user. The lid 14 is held by a hinge 16 so that "
             "it then stays open. If the latch 18 is pressed, the lid 14 closes because a spring 20 uses the hinge 16.")


class RoughenTest(unittest.TestCase):
    def test_every_rough_version_differs_keeps_the_numerals_and_is_longer_or_as_long(self):
        for seed in range(50):
            rough = roughen(PARAGRAPH, random.Random(seed))
            self.assertIsNotNone(rough, seed)
            self.assertNotEqual(rough, PARAGRAPH)
            self.assertEqual(numerals(rough), numerals(PARAGRAPH), rough)
            self.assertGreaterEqual(len(rough), len(PARAGRAPH) - 2, rough)  # a run-on loses ". T" for ", and t"

    def test_wordy_phrases_appear_where_the_plain_ones_were(self):
        seen = " ".join(roughen(PARAGRAPH, random.Random(s)) for s in range(30))
        for wordy in ("may be able to", "in such a manner that", "due to the fact that", "in the event that",
                      "makes use of", "is provided with", "thereafter", "said"):
            self.assertIn(wordy, seen)

    def test_a_text_with_no_place_for_two_edits_gives_none(self):
        self.assertIsNone(roughen("Wheels.", random.Random(1)))

    def test_a_claim_keeps_said_out_and_stays_one_sentence(self):
        claim = "An apparatus comprising a lid that can be opened by a user, wherein the lid has a hinge so that the lid stays open."
        for seed in range(30):
            rough = roughen(claim, random.Random(seed), legal=True)
            if rough:
                self.assertNotIn("said", rough)
                self.assertEqual(rough.count("."), 1, rough)


class RewritePairsTest(unittest.TestCase):
    def record(self, rid="US1"):
        return {"id": rid, "claims": ["A device comprising a housing that can be opened by a user so that the lid is free."],
                "description": "FIG. 1 is a view.\n" + PARAGRAPH + "\nShort line."}

    def test_pairs_are_the_apps_instruction_a_rough_text_and_the_original(self):
        pairs = rewrite_pairs(self.record())
        self.assertEqual(len(pairs), 2)
        (i1, rough, original), (_, rough_claim, claim) = pairs
        self.assertEqual(i1, REWRITE_INSTRUCTION)
        self.assertEqual(original, PARAGRAPH)
        self.assertNotEqual(rough, PARAGRAPH)
        self.assertEqual(claim, self.record()["claims"][0])
        self.assertNotEqual(rough_claim, claim)

    def test_the_same_record_gives_the_same_pairs_and_another_id_other_ones(self):
        self.assertEqual(rewrite_pairs(self.record()), rewrite_pairs(self.record()))
        others = {rewrite_pairs(self.record(f"US{i}"))[0][1] for i in range(10)}
        self.assertGreater(len(others), 1)

    def test_a_record_without_description_gives_none(self):
        self.assertEqual(rewrite_pairs({"id": "x", "claims": self.record()["claims"]}), [])

    def test_only_whole_paragraphs_of_sentences_qualify(self):
        self.assertEqual(list(paragraphs("FIG. 2 is a side view of the device of the invention in the first position, "
                                         "with the lid open and the latch released, in the closed state.\nToo short.")), [])

    def test_the_instruction_is_the_one_the_app_sends(self):
        if not os.path.exists(APP):
            self.skipTest("the app's sources are not beside this pipeline")
        with open(APP, encoding="utf-8") as f:
            source = f.read()
        self.assertIn('"' + REWRITE_INSTRUCTION + '\\n\\n"', source)
        self.assertIn('"' + explain_instruction({"id": "MPEP-1", "title": "x"}).split("\n")[0] + "\\nFinding: ", source)

    def test_sft_pairs_include_rewrites(self):
        prompts = [p for t, p, _ in pairs_from_record(self.record()) if t == "instruct"]
        self.assertTrue(any(REWRITE_INSTRUCTION in p for p in prompts), prompts)


class ScoreRewriteTest(unittest.TestCase):
    def test_handing_back_the_original_scores_one_and_the_rough_text_is_the_baseline(self):
        rough = roughen(PARAGRAPH, random.Random(3))
        got = score_rewrite(PARAGRAPH, rough, PARAGRAPH, stopped=True)
        self.assertEqual(got["rouge_l"], 1.0)
        self.assertLess(got["copy_rouge_l"], 1.0)
        self.assertEqual((got["numerals_kept"], got["numerals_invented"], got["length_ratio"], got["stopped"]),
                         (1.0, 0.0, 1.0, True))

    def test_lost_and_invented_numerals_are_counted(self):
        got = score_rewrite("The lid 14 on the hinge 16.", "The lid 14 on said hinge 16.", "The lid 14 on the hinge 22.", False)
        self.assertEqual((got["numerals_kept"], got["numerals_invented"]), (0.5, 0.5))
        self.assertFalse(got["stopped"])


class ExplainTest(unittest.TestCase):
    def test_mpep_prose_drops_headings_links_and_glued_titles(self):
        text = ("[\n# 2173 Claims [R-07.2022]\n\n#### *35 U.S.C. 112\nSpecification.*\n\n"
                "I. THE CLAIMS MUST BE DEFINITEA claim must\nparticularly point out and distinctly claim the subject matter "
                "which the inventor regards as the invention, see [MPEP § 2171](s2171.html#d0e1), and the examiner "
                "should consider the claim as a whole when deciding whether the claim is definite.")
        got = list(mpep_prose(text))
        self.assertEqual(len(got), 1)
        self.assertTrue(got[0].startswith("A claim must particularly point out"), got[0])
        self.assertIn("see MPEP § 2171, and", got[0])

    def test_explain_instruction_names_the_section_as_a_finding(self):
        got = explain_instruction({"id": "MPEP-2173.05(e)", "title": "2173.05(e) Lack of Antecedent Basis [R-07.2022]"})
        self.assertEqual(got, "Explain this finding to a patent drafter and suggest a fix.\n"
                              "Finding: Lack of Antecedent Basis (MPEP 2173.05(e))")


if __name__ == "__main__":
    unittest.main()
