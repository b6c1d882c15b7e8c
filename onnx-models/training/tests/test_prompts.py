import unittest

from patentgpt.prompts import fit_prompt


class FitPromptTest(unittest.TestCase):
    def test_a_prompt_that_fits_is_unchanged(self):
        ids = [5, 10, 11, 12, 5, 1]  # task token, input, task token, <|response|>
        self.assertEqual(fit_prompt(ids, 6), ids)
        self.assertEqual(fit_prompt(ids, 100), ids)

    def test_a_long_prompt_loses_the_end_of_its_input_and_keeps_its_closing_tokens(self):
        ids = [5] + list(range(100, 120)) + [5, 1]
        cut = fit_prompt(ids, 8)
        self.assertEqual(cut, [5, 100, 101, 102, 103, 104, 5, 1])
        self.assertEqual(len(cut), 8)


if __name__ == "__main__":
    unittest.main()
