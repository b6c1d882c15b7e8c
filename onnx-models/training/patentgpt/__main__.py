"""python3 -m patentgpt STAGE --config configs/default.json   (stages: corpus tokenizer pretrain sft export
quantize evaluate all fixtures layout-fixtures compare)
   python3 -m patentgpt convert --base HF_DIR --out MODEL_DIR [--quantize none|int8|int4]
      a Hugging Face Llama / Mistral / Qwen2 checkpoint (safetensors) -> an engine-ready genai folder"""
import argparse
import json
import os
import sys


def _merge(base, over):
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_config(path):
    """Reads a configuration; "extends": "other.json" starts from that file and overrides section by section.
    Paths in it are relative to the configuration file."""
    with open(path, encoding="utf-8") as f:
        cfg = json.load(f)
    base = os.path.dirname(os.path.abspath(path))
    if "extends" in cfg:
        parent = load_config(os.path.join(base, cfg.pop("extends")))
        for k in ("run_dir", "_config_path"):
            parent.pop(k, None)
        cfg = _merge(parent, cfg)
    cfg.setdefault("run_dir", os.path.join(base, "..", "runs", cfg.get("name", "default")))
    cfg["run_dir"] = os.path.normpath(os.path.join(base, cfg["run_dir"]))
    cfg["corpus"]["path"] = os.path.normpath(os.path.join(base, os.environ.get("PATENTDESK_CORPUS", cfg["corpus"]["path"])))
    if "reuse" in cfg:
        # Stages taken as they are from an earlier run (e.g. its corpus split and tokenizer), never re-run here.
        cfg["reuse"]["run_dir"] = os.path.normpath(os.path.join(base, cfg["reuse"]["run_dir"]))
        # "from": {stage: run_dir} takes a stage from another run than the rest (e.g. a later run's pretraining).
        cfg["reuse"]["from"] = {stage: os.path.normpath(os.path.join(base, d))
                                for stage, d in cfg["reuse"].get("from", {}).items()}
    if cfg.get("base_model"):
        cfg["base_model"] = os.path.normpath(os.path.join(base, cfg["base_model"]))
    for section in ("pretrain",):
        if cfg.get(section, {}).get("init_from"):
            cfg[section]["init_from"] = os.path.normpath(os.path.join(base, cfg[section]["init_from"]))
    cfg["_config_path"] = os.path.abspath(path)
    return cfg


def main(argv=None):
    ap = argparse.ArgumentParser(prog="patentgpt", description=__doc__)
    ap.add_argument("stage")
    ap.add_argument("--config", default=os.path.join(os.path.dirname(__file__), "..", "configs", "default.json"))
    ap.add_argument("--out", help="fixtures, convert: output folder")
    ap.add_argument("--base", help="convert: a Hugging Face checkpoint folder")
    ap.add_argument("--quantize", default="none", choices=["none", "int8", "int4"], help="convert: weight precision")
    args = ap.parse_args(argv)
    from .malloc import keep_freed_memory
    keep_freed_memory()
    import torch
    torch.set_num_threads(int(os.environ.get("PATENTGPT_THREADS", "2")))
    if args.stage == "convert":
        return _convert(args)
    cfg = load_config(args.config)
    if args.stage == "fixtures":
        from . import fixtures
        out = args.out or os.path.join(os.path.dirname(__file__), "..", "..", "..", "local-inference", "src", "test", "resources", "models")
        print(json.dumps(fixtures.build(cfg["corpus"]["path"], os.path.normpath(out)), indent=2))
        return 0
    if args.stage == "layout-fixtures":
        from . import layout_fixtures
        out = os.path.normpath(args.out or os.path.join(os.path.dirname(__file__), "..", "..", "..", "local-inference", "src", "test", "resources", "models"))
        print(json.dumps(layout_fixtures.build(os.path.join(out, "tiny-genai", "tokenizer.json"), out), indent=2))
        return 0
    from . import distributed, stages
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        # torchrun: data-parallel training; the other stages run once, in a plain process.
        if args.stage not in ("pretrain", "sft"):
            print(f"{args.stage}: run it without torchrun (torchrun runs pretrain and sft)", file=sys.stderr)
            return 2
        distributed.init(cfg.get("device", "cpu"))
        try:
            return stages.run(args.stage, cfg)
        finally:
            distributed.shutdown()
    return stages.run(args.stage, cfg)


def _convert(args):
    from .hf_convert import ConvertError, convert
    if not args.base or not args.out:
        print("convert: --base HF_DIR and --out MODEL_DIR are required", file=sys.stderr)
        return 2
    try:
        figures = convert(args.base, args.out, args.quantize)
    except ConvertError as e:
        print(f"convert: {e}", file=sys.stderr)
        return 1
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
