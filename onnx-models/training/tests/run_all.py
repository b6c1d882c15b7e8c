"""Runs the pipeline's unit tests and ends with one summary line: `Python: N passed, M failed`."""
import os
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
suite = unittest.defaultTestLoader.discover(here, top_level_dir=os.path.dirname(here))
result = unittest.TextTestRunner(verbosity=1).run(suite)
failed = len(result.failures) + len(result.errors)
print(f"Python: {result.testsRun - failed - len(result.skipped)} passed, {failed} failed"
      + (f", {len(result.skipped)} skipped" if result.skipped else ""))
sys.exit(0 if result.wasSuccessful() else 1)
