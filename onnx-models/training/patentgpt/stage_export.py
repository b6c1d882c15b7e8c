"""Stage 5: the SFT model as ONNX (genai layout, float32) with its side files (the word list of the train split's
words that the engine's KnownWords keeps drafts to, unless "lexicon" is false); checker + torch-vs-ORT parity."""
import os
import time

from . import manifest, ortnode, parity
from .bpe import ByteLevelBPE
from .export import write_model_folder
from .stages import path
from .trainer import load_model
from .word_rules import build_lexicon


def run(cfg):
    started = time.time()
    ec = cfg["export"]
    src = path(cfg, ec.get("from", "sft"), "model.pt")
    out = path(cfg, "export", "fp32")
    tok = ByteLevelBPE.load(path(cfg, "tokenizer", "tokenizer.json"))
    model, _ = load_model(src)
    lc = ec.get("lexicon", {})
    words = None
    if lc is not False:
        lc = lc if isinstance(lc, dict) else {}
        words = build_lexicon(path(cfg, "corpus", "train.jsonl"), lc.get("min_count", 5), lc.get("min_docs", 3))
    onnx_path = write_model_folder(model.eval(), tok, out, layout="genai", display_name=ec["display_name"],
                                   lexicon=words)
    figures = {"onnx_checker": "passed", "bytes": os.path.getsize(onnx_path), "lexicon_words": len(words or [])}
    if ortnode.available():
        figures["max_abs_diff_torch_vs_ort"] = parity.check(model, onnx_path)
    else:
        figures["max_abs_diff_torch_vs_ort"] = "not measured: onnxruntime-node missing (npm install in training/parity)"
    inputs = [src] + ([path(cfg, "corpus", "train.jsonl")] if words else [])
    manifest.write(path(cfg, "export", "manifest.json"), "export", ec, inputs, [out], figures, started)
    return figures
