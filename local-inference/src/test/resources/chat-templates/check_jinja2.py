"""Renders cases.json with Python's Jinja2 set up as transformers sets it up (chat_template_utils.
_compile_jinja_template) and compares with EXPECTED.json, or writes it with --write.
Usage: python3 check_jinja2.py TEMPLATES_DIR EXPECTED.json [--write]"""
import json
import sys
from datetime import datetime
from pathlib import Path

import jinja2
import jinja2.ext
import jinja2.nodes
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


class Generation(jinja2.ext.Extension):
    """{% generation %}: transformers' AssistantTracker, here only writing its body."""
    tags = {"generation"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return jinja2.nodes.Scope(body, lineno=lineno)


env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols, Generation])
env.filters["tojson"] = lambda x, ensure_ascii=False, indent=None, separators=None, sort_keys=False: json.dumps(
    x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)
env.globals["raise_exception"] = raise_exception
env.globals["strftime_now"] = lambda f: datetime.now().strftime(f)

here = Path(__file__).parent
cases = json.loads((here / "cases.json").read_text())
write = "--write" in sys.argv
folders = sorted(p.name for p in Path(sys.argv[1]).iterdir() if (p / "tokenizer_config.json").exists())
expected = {} if write else json.loads(Path(sys.argv[2]).read_text())
written = {}
bad = 0
for model in folders if write else expected:
    renderings = expected.get(model, {})
    written[model] = {}
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
        written[model][case["name"]] = got
        if not write and got != renderings[case["name"]]:
            bad += 1
            print("DIFFERS", model, case["name"], repr(got), repr(renderings[case["name"]]))
if write:
    Path(sys.argv[2]).write_text(json.dumps(written, indent=2, ensure_ascii=False) + "\n")
print("differences:", bad)
sys.exit(1 if bad else 0)
