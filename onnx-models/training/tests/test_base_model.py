"""base_model: the pipeline continues from a Hugging Face base (written here, tiny and random) with its tokenizer
kept, tunes it fully or with LoRA (merged before export), and exports it as today."""
import contextlib
import io
import json
import os
import tempfile
import unittest

import torch

from patentgpt import bpe, lora, stages
from patentgpt.model import ModelConfig, PatentGPT
from patentgpt.prompts import SPECIAL_TOKENS
from tests import hf_checkpoints, synthetic

# Llama 3's pre-tokenization regex (its tokenizer.json Split pattern).
LLAMA3_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|"
                  r"\s*[\r\n]+|\s+(?!\S)|\s+")


def llama3_style_tokenizer(texts):
    """A byte-level BPE trained on texts, saved as Llama 3 ships its tokenizer: Split regex then ByteLevel without
    one, a BOS-adding post-processor, its own special tokens (none of the pipeline's)."""
    tok = bpe.train_from_texts(texts, 420, ["<|begin_of_text|>", "<|end_of_text|>"])
    d = tok.to_hf_json()
    d["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": LLAMA3_PATTERN}, "behavior": "Isolated", "invert": False},
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]}
    d["post_processor"] = {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}},
                                                                  {"Sequence": {"id": "A", "type_id": 0}}],
                           "pair": [], "special_tokens": {"<|begin_of_text|>": {"id": "<|begin_of_text|>", "ids": [0],
                                                                                "tokens": ["<|begin_of_text|>"]}}}
    d["model"]["ignore_merges"] = True
    return tok, d


class LoRATest(unittest.TestCase):
    def test_merged_model_computes_what_the_adapted_one_does(self):
        torch.manual_seed(0)
        model = PatentGPT(ModelConfig(vocab_size=90, hidden_size=32, num_layers=2, num_heads=4, num_kv_heads=2,
                                      intermediate_size=48, context_length=64, qkv_bias=True)).eval()
        total = model.num_parameters()
        trainable = lora.apply(model, rank=4, alpha=8)
        self.assertEqual(trainable, 2 * sum(4 * (m.in_features + m.out_features) for m in
                                            [model.layers[0].attn.q.base, model.layers[0].attn.k.base,
                                             model.layers[0].attn.v.base, model.layers[0].attn.o.base,
                                             model.layers[0].ffn.gate.base, model.layers[0].ffn.up.base,
                                             model.layers[0].ffn.down.base]))
        self.assertLess(trainable, total)
        with torch.no_grad():  # B starts at zero: give the adapters a value, as training would
            for p in model.parameters():
                if p.requires_grad:
                    p.normal_(std=0.2)
        ids = torch.tensor([[3, 14, 15, 92 % 90, 65, 35, 8, 9]])
        with torch.no_grad():
            adapted = model(ids)[0]
            merged = lora.merge(model)(ids)[0]
        self.assertFalse(any(isinstance(m, lora.LoRALinear) for m in model.modules()))
        self.assertEqual(set(model.state_dict()), set(PatentGPT(model.cfg).state_dict()))
        self.assertLess(float((adapted - merged).abs().max()), 1e-5)
        self.assertGreater(float((adapted - PatentGPT(model.cfg).eval()(ids)[0]).abs().max()), 1e-2)


class BaseModelPipelineTest(unittest.TestCase):
    def test_continued_pretraining_and_lora_tuning_from_a_base(self):
        torch.set_num_threads(1)
        with tempfile.TemporaryDirectory() as d:
            cfg = synthetic.micro_config(d, synthetic.write_corpus(os.path.join(d, "corpus")))
            with contextlib.redirect_stdout(io.StringIO()):
                stages.run("corpus", cfg)
            with open(os.path.join(cfg["run_dir"], "corpus", "train.jsonl")) as f:
                texts = [json.loads(line)["doc"] for line in f][:60]
            tok, tok_json = llama3_style_tokenizer(texts)
            base = os.path.join(d, "base")
            hf_checkpoints.write(base, "llama-gqa-rope3", tok=tok, hidden=32, inter=64, vocab=tok.size() + 6)
            with open(os.path.join(base, "tokenizer.json"), "w") as f:
                json.dump(tok_json, f)
            cfg["base_model"] = base
            cfg["pretrain"].update(max_steps=30, eval_every=15, checkpoint_every=15, lr=0.005)
            cfg["sft"].update(finetune="lora", lora={"rank": 4, "alpha": 8})
            for s in ("tokenizer", "pretrain", "sft", "export"):
                with contextlib.redirect_stdout(io.StringIO()):
                    stages.run(s, cfg)

            def figures(stage):
                with open(os.path.join(cfg["run_dir"], stage, "manifest.json")) as f:
                    return json.load(f)["figures"]
            tk = figures("tokenizer")
            self.assertEqual(tk["added_tokens"], SPECIAL_TOKENS)  # the base had none of the pipeline's
            with open(os.path.join(cfg["run_dir"], "tokenizer", "tokenizer.json")) as f:
                kept = json.load(f)
            self.assertEqual(kept["pre_tokenizer"], tok_json["pre_tokenizer"])  # the base's own pre-tokenizer
            self.assertEqual(kept["post_processor"], tok_json["post_processor"])
            self.assertEqual(kept["model"]["vocab"], tok_json["model"]["vocab"])
            pre = figures("pretrain")
            self.assertEqual(pre["base_model"]["architecture"], "LlamaForCausalLM")
            self.assertEqual(pre["base_model"]["added_rows"], tok.size() + len(SPECIAL_TOKENS) - (tok.size() + 6))
            # Continued pretraining lowers the base's loss on held-out patent text.
            self.assertLess(pre["final_val_loss"], pre["base_model"]["val_loss"] - 0.5, pre)
            sft = figures("sft")
            self.assertEqual(sft["finetune"]["mode"], "lora")
            self.assertLess(sft["finetune"]["trainable_parameters"], pre["parameters"] / 2)
            self.assertLess(sum(sft["val_loss_by_task"]["after"].values()), sum(sft["val_loss_by_task"]["before"].values()))
            exp = figures("export")
            if isinstance(exp["max_abs_diff_torch_vs_ort"], float):
                self.assertLess(exp["max_abs_diff_torch_vs_ort"], 1e-3)
            out = os.path.join(cfg["run_dir"], "export", "fp32")
            with open(os.path.join(out, "tokenizer.json")) as f:
                self.assertEqual(json.load(f)["pre_tokenizer"], tok_json["pre_tokenizer"])
            reloaded = bpe.ByteLevelBPE.load(os.path.join(out, "tokenizer.json"))
            original = bpe.ByteLevelBPE.load(os.path.join(base, "tokenizer.json"))
            text = "The valve's 123 seals.\n"
            self.assertEqual(reloaded.encode(text), original.encode(text))
            self.assertNotEqual(original.encode(text), tok.encode(text))  # the Split pattern took effect (" ", "123")


if __name__ == "__main__":
    unittest.main()
