"""The pipeline's up-front check of the Python modules its stages import."""
import ast
import os
import sys
import unittest

from patentgpt import preflight


class PreflightTest(unittest.TestCase):
    def test_an_absent_module_is_named_with_its_package(self):
        absent = preflight.missing({"json": "python3", "patentgpt_no_such_module": "python3-nothing"})
        self.assertEqual(absent, [("patentgpt_no_such_module", "python3-nothing")])
        text = preflight.message(absent)
        self.assertIn("patentgpt_no_such_module", text)
        self.assertIn("apt-get install python3-nothing", text)

    def test_nothing_to_say_when_all_are_present(self):
        self.assertEqual(preflight.missing({"json": "python3", "os": "python3"}), [])
        self.assertEqual(preflight.message([]), "")

    def test_every_third_party_module_the_stages_import_is_checked(self):
        # Any import, also one inside a function (the card's matplotlib): a new dependency must join REQUIRED.
        here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "patentgpt")
        imported = set()
        for name in os.listdir(here):
            if name.endswith(".py"):
                with open(os.path.join(here, name), encoding="utf-8") as f:
                    for node in ast.walk(ast.parse(f.read())):
                        if isinstance(node, ast.Import):
                            imported.update(a.name.split(".")[0] for a in node.names)
                        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                            imported.add(node.module.split(".")[0])
        third_party = {m for m in imported if m not in sys.stdlib_module_names and m != "patentgpt"}
        self.assertIn("matplotlib", third_party)
        self.assertEqual(third_party - set(preflight.REQUIRED), set())

if __name__ == "__main__":
    unittest.main()
