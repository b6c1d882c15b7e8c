"""Cross-checks hf-renderings.json / constructs-renderings.json against Python's Jinja2 set up as transformers
sets it up (chat_template_utils._compile_jinja_template). Usage: python3 check_jinja2.py TEMPLATES_DIR EXPECTED.json"""
import json
import sys
from datetime import datetime
from pathlib import Path

import jinja2
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
env.filters["tojson"] = lambda x, ensure_ascii=False, indent=None, separators=None, sort_keys=False: json.dumps(
    x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)
env.globals["raise_exception"] = raise_exception
env.globals["strftime_now"] = lambda f: datetime.now().strftime(f)

here = Path(__file__).parent
cases = json.loads((here / "cases.json").read_text())
expected = json.loads(Path(sys.argv[2]).read_text())
bad = 0
for model, renderings in expected.items():
    folder = Path(sys.argv[1]) / model
    config = json.loads((folder / "tokenizer_config.json").read_text())
    jinja_file = folder / "chat_template.jinja"
    source = jinja_file.read_text() if jinja_file.exists() else config["chat_template"]
    tokens = {k: v for k, v in config.items() if k.endswith("_token") and isinstance(v, str)}
    for case in cases:
        try:
            got = {"rendered": env.from_string(source).render(
                messages=case["messages"], add_generation_prompt=case["add_generation_prompt"], **tokens)}
        except jinja2.exceptions.TemplateError as e:
            got = {"error": str(e)}
        if got != renderings[case["name"]]:
            bad += 1
            print("DIFFERS", model, case["name"], repr(got), repr(renderings[case["name"]]))
print("differences:", bad)
sys.exit(1 if bad else 0)
