"""Stage 5: the SFT model as ONNX (genai layout, float32) with its side files; checker + torch-vs-ORT parity."""
import os
import time

from . import manifest, ortnode, parity
from .bpe import ByteLevelBPE
from .export import write_model_folder
from .stages import path
from .trainer import load_model


def run(cfg):
    started = time.time()
    ec = cfg["export"]
    src = path(cfg, ec.get("from", "sft"), "model.pt")
    out = path(cfg, "export", "fp32")
    tok = ByteLevelBPE.load(path(cfg, "tokenizer", "tokenizer.json"))
    model, _ = load_model(src)
    onnx_path = write_model_folder(model.eval(), tok, out, layout="genai", display_name=ec["display_name"])
    figures = {"onnx_checker": "passed", "bytes": os.path.getsize(onnx_path)}
    if ortnode.available():
        figures["max_abs_diff_torch_vs_ort"] = parity.check(model, onnx_path)
    else:
        figures["max_abs_diff_torch_vs_ort"] = "not measured: onnxruntime-node missing (npm install in training/parity)"
    manifest.write(path(cfg, "export", "manifest.json"), "export", ec, [src], [out], figures, started)
    return figures
