"""Stage dispatch: each stage reads the previous stage's outputs under run_dir and writes its own manifest."""
import importlib
import json
import os

STAGES = ["corpus", "tokenizer", "pretrain", "sft", "export", "quantize", "evaluate", "decoding"]
# vocab is a one-off measurement (about 5 minutes per candidate), not part of every run.
EXTRA = ["vocab", "compare", "samples", "card"]


def run(stage, cfg):
    if stage == "all":
        for s in STAGES:
            run(s, cfg)
        return 0
    if stage not in STAGES + EXTRA:
        raise SystemExit(f"unknown stage {stage!r}; one of {', '.join(STAGES + EXTRA + ['all'])}")
    if stage in reused(cfg):
        if not os.path.exists(path(cfg, stage, "manifest.json")):
            raise SystemExit(f"{stage} is reused from {reused_from(cfg, stage)}, which has not run it yet")
        print(f"{stage}: reused from {path(cfg, stage)}")
        return 0
    mod = importlib.import_module(f".stage_{stage}", __package__)
    figures = mod.run(cfg)
    from .distributed import current
    if not current().main:
        return 0
    print(json.dumps({"stage": stage, "figures": figures}, indent=2, ensure_ascii=False, default=str))
    return 0


def reused(cfg):
    reuse = cfg.get("reuse", {})
    return list(reuse.get("stages", [])) + list(reuse.get("from", {}))


def reused_from(cfg, stage):
    """The run folder a reused stage comes from: its own entry in "from", else the reuse run_dir."""
    reuse = cfg["reuse"]
    return reuse.get("from", {}).get(stage, reuse["run_dir"])


def path(cfg, *parts):
    """A file of this run; a stage listed in the config's "reuse" resolves to the earlier run's folder."""
    if parts and parts[0] in reused(cfg):
        return os.path.join(reused_from(cfg, parts[0]), *parts)
    return os.path.join(cfg["run_dir"], *parts)
