"""Every stage writes a manifest: inputs and outputs with sha256, the configuration and the figures it measured."""
import datetime
import hashlib
import json
import os
import platform


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def describe(paths, base="."):
    out = {}
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                for f in sorted(files):
                    fp = os.path.join(root, f)
                    out[os.path.relpath(fp, base)] = {"bytes": os.path.getsize(fp), "sha256": sha256(fp)}
        elif os.path.exists(p):
            out[os.path.relpath(p, base)] = {"bytes": os.path.getsize(p), "sha256": sha256(p)}
    return out


def write(path, stage, config, inputs, outputs, figures, started=None):
    import torch
    base = os.path.dirname(os.path.abspath(path))
    doc = {
        "stage": stage,
        "finished_utc": datetime.datetime.utcnow().replace(microsecond=0).isoformat() + "Z",
        "seconds": None if started is None else round(datetime.datetime.utcnow().timestamp() - started, 1),
        "host": {"python": platform.python_version(), "torch": torch.__version__, "machine": platform.machine(),
                 "cpu_threads": torch.get_num_threads()},
        "config": config,
        "inputs": describe(inputs, base),
        "outputs": describe(outputs, base),
        "figures": figures,
    }
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return doc
