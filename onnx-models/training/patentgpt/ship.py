"""The shipped model folder (`quantize.ship_to`): where it is, the SHA256SUMS index BundledModel verifies, and the
sampling its patentdesk.json suggests (chosen by the decoding stage)."""
import json
import os

from . import manifest
from .stages import path


def folder(cfg):
    """The shipped folder of this configuration, or None when it ships nowhere."""
    ship = cfg["quantize"].get("ship_to")
    return os.path.normpath(os.path.join(os.path.dirname(cfg["_config_path"]), ship)) if ship else None


def write_sha256sums(d):
    """The index BundledModel verifies (sha256sum format, every file of the folder but itself)."""
    names = sorted(f for f in os.listdir(d) if f != "SHA256SUMS" and os.path.isfile(os.path.join(d, f)))
    with open(os.path.join(d, "SHA256SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for n in names:
            f.write(f"{manifest.sha256(os.path.join(d, n))}  {n}\n")


def write_sampling(d, sampling, per_task=None):
    """Puts `sampling` into the folder's patentdesk.json, and each task's own setting of `per_task` into its
    taskInfo (a task without one loses any it had); the caller refreshes SHA256SUMS. Returns the file."""
    pj = os.path.join(d, "patentdesk.json")
    with open(pj, encoding="utf-8") as f:
        info = json.load(f)
    info["sampling"] = sampling
    for task, i in info.get("taskInfo", {}).items():
        i.pop("sampling", None)
        if task in (per_task or {}):
            i["sampling"] = per_task[task]
    with open(pj, "w", encoding="utf-8") as f:
        json.dump(info, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return pj


def chosen_sampling(cfg):
    """The sampling an earlier decoding stage of this run chose and its per-task settings, or (None, {})."""
    p = path(cfg, "decoding", "manifest.json")
    if not os.path.exists(p):
        return None, {}
    with open(p, encoding="utf-8") as f:
        figures = json.load(f)["figures"]
    return figures["chosen"], figures.get("per_task_chosen", {})
