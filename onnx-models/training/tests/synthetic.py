"""A deterministic synthetic patent corpus for the micro-configuration tests (the real corpus is never needed
in CI and never copied into the repository)."""
import json
import os
import random

PARTS = ["sensor", "housing", "valve", "controller", "spring", "bracket", "antenna", "battery", "pump", "lens",
         "gear", "hinge", "filter", "motor", "circuit", "membrane", "nozzle", "frame", "shaft", "coil"]
VERBS = ["coupled to", "mounted on", "disposed within", "connected to", "adjacent to", "configured to engage"]
ADJ = ["first", "second", "elongated", "flexible", "rigid", "annular", "hollow", "conductive", "transparent"]


def _claims(rng, parts):
    a, b, c = parts
    first = (f"An apparatus comprising: a {rng.choice(ADJ)} {a}; a {b} {rng.choice(VERBS)} the {a}; "
             f"and a {c} {rng.choice(VERBS)} the {b}, wherein the {c} is {rng.choice(ADJ)}.")
    deps = [f"The apparatus of claim 1, wherein the {rng.choice(parts)} is {rng.choice(ADJ)} and "
            f"{rng.choice(VERBS)} the {rng.choice(PARTS)}." for _ in range(rng.randint(2, 5))]
    return [first] + deps


def record(i, rng):
    parts = rng.sample(PARTS, 3)
    claims = _claims(rng, parts)
    title = f"{parts[0].capitalize()} assembly with {parts[1]}"
    abstract = (f"An apparatus includes a {parts[0]}, a {parts[1]} and a {parts[2]}. The {parts[1]} is "
                f"{rng.choice(VERBS)} the {parts[0]} so that the {parts[2]} can be adjusted. " * 2).strip()
    desc = "\n".join(f"In one embodiment the {rng.choice(parts)} is {rng.choice(ADJ)} and {rng.choice(VERBS)} the "
                     f"{rng.choice(PARTS)}, which reduces wear of the {rng.choice(parts)} by about {rng.randint(2, 40)} %."
                     * 3 for _ in range(4))
    return {"id": f"US{7000000 + i}B2", "title": title.upper() if i % 3 == 0 else title, "abstract": abstract,
            "claims": [f"{n + 1} . {c}" for n, c in enumerate(claims)], "description": desc}


def write_corpus(root, n=160, seed=3):
    rng = random.Random(seed)
    folder = os.path.join(root, "synthetic")
    os.makedirs(folder, exist_ok=True)
    recs = [record(i, rng) for i in range(n)]
    recs.append(dict(recs[0]))                                         # an exact duplicate
    near = dict(recs[1], id="US9999999B1")
    near["description"] = recs[1]["description"] + " Minor change."   # a near duplicate under another number
    recs.append(near)
    with open(os.path.join(folder, "synthetic-000.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r) + "\n")
    return root


def micro_config(tmp, corpus_root):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "configs", "micro.json"), encoding="utf-8") as f:
        cfg = json.load(f)
    cfg["corpus"].update(path=corpus_root, folders=["synthetic"])
    cfg["run_dir"] = os.path.join(tmp, "run")
    cfg["_config_path"] = os.path.join(tmp, "config.json")
    cfg["quantize"].pop("ship_to", None)
    cfg["evaluate"]["choices"] = [os.path.join(here, "..", "..", "eval", "ip-questions-dev.jsonl"),
                                  os.path.join(here, "..", "..", "eval", "ip-questions-dev-zh.jsonl")]
    return cfg
