"""Tiny random Hugging Face-format checkpoints written by the tests themselves: config.json, safetensors weights
(one file or shards with model.safetensors.index.json; F32, F16 or BF16), tokenizer files with a chat template and
generation_config.json, as save_pretrained writes them."""
import json
import os

import torch

from patentgpt import bpe, safetensors_io
from patentgpt.prompts import SPECIAL_TOKENS

TEXT = ["A valve assembly comprising a housing, a spring disposed within the housing, and a seal coupled to the valve.",
        "The method of claim 1, wherein the sensor is mounted on the frame and connected to the controller."]
CHAT_TEMPLATE = ("{% for m in messages %}<|user|>{{ m['content'] }}{% endfor %}"
                 "{% if add_generation_prompt %}<|response|>{% endif %}")

VARIANTS = {
    # Llama 3 style: grouped-query attention, rope_scaling llama3 (original context small enough that the test's
    # positions reach all three frequency bands), untied head, bfloat16 shards.
    "llama-gqa-rope3": dict(arch="LlamaForCausalLM", model_type="llama", heads=4, kv_heads=2, tie=False, dtype="BF16",
                            shards=2, extra={"rope_theta": 500000.0, "rms_norm_eps": 1e-5,
                                             "rope_scaling": {"rope_type": "llama3", "factor": 8.0,
                                                              "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                                                              "original_max_position_embeddings": 64}}),
    # Mistral: GQA, explicit head_dim unlike hidden/heads, sliding window, tied, float16 in one file.
    "mistral": dict(arch="MistralForCausalLM", model_type="mistral", heads=4, kv_heads=1, tie=True, dtype="F16",
                    shards=1, extra={"head_dim": 16, "sliding_window": 96, "rope_theta": 10000.0}),
    # Qwen2: q/k/v biases, tied (as Qwen2-0.5B), float32.
    "qwen2-bias": dict(arch="Qwen2ForCausalLM", model_type="qwen2", heads=4, kv_heads=2, tie=True, dtype="F32",
                       shards=1, extra={"rope_theta": 1000000.0, "use_sliding_window": False, "sliding_window": 32}),
    # Llama with attention_bias (q, k, v and o) and linear rope scaling, untied.
    "llama-bias-linear": dict(arch="LlamaForCausalLM", model_type="llama", heads=2, kv_heads=2, tie=False, dtype="F32",
                              shards=1, extra={"attention_bias": True, "rope_scaling": {"type": "linear", "factor": 2.0}}),
}


def tokenizer():
    return bpe.train_from_texts(TEXT * 5, 320, SPECIAL_TOKENS)


def write(folder, variant, seed=0, hidden=48, layers=2, inter=80, vocab=None, tok=None):
    """Writes a random checkpoint of VARIANTS[variant]; returns (config dict, {hf name: float32 tensor as stored})."""
    v = VARIANTS[variant]
    os.makedirs(folder, exist_ok=True)
    tok = tok or tokenizer()
    vocab = vocab or len(tok.vocab) + 4  # bases often pad the vocabulary past the tokenizer's
    head_dim = v["extra"].get("head_dim", hidden // v["heads"])
    eos = tok.token_id(tok.special_tokens[-1] if "<|endoftext|>" not in tok.vocab else "<|endoftext|>")
    config = {"architectures": [v["arch"]], "model_type": v["model_type"], "vocab_size": vocab, "hidden_size": hidden,
              "intermediate_size": inter, "num_hidden_layers": layers, "num_attention_heads": v["heads"],
              "num_key_value_heads": v["kv_heads"], "hidden_act": "silu", "max_position_embeddings": 256,
              "rms_norm_eps": 1e-6, "tie_word_embeddings": v["tie"], "bos_token_id": eos, "eos_token_id": eos,
              "torch_dtype": {"BF16": "bfloat16", "F16": "float16", "F32": "float32"}[v["dtype"]]}
    config.update(v["extra"])
    g = torch.Generator().manual_seed(seed)
    r = lambda *shape, std=0.08: torch.randn(*shape, generator=g) * std
    w = {"model.embed_tokens.weight": r(vocab, hidden, std=0.5), "model.norm.weight": 1 + r(hidden, std=0.1)}
    if not v["tie"]:
        w["lm_head.weight"] = r(vocab, hidden, std=0.2)
    qkv_bias = v["model_type"] == "qwen2" or v["extra"].get("attention_bias")
    for i in range(layers):
        p = f"model.layers.{i}."
        w[p + "input_layernorm.weight"] = 1 + r(hidden, std=0.1)
        w[p + "post_attention_layernorm.weight"] = 1 + r(hidden, std=0.1)
        w[p + "self_attn.q_proj.weight"] = r(v["heads"] * head_dim, hidden, std=0.3)
        w[p + "self_attn.k_proj.weight"] = r(v["kv_heads"] * head_dim, hidden, std=0.3)
        w[p + "self_attn.v_proj.weight"] = r(v["kv_heads"] * head_dim, hidden)
        w[p + "self_attn.o_proj.weight"] = r(hidden, v["heads"] * head_dim)
        if qkv_bias:
            w[p + "self_attn.q_proj.bias"] = r(v["heads"] * head_dim, std=0.3)
            w[p + "self_attn.k_proj.bias"] = r(v["kv_heads"] * head_dim, std=0.3)
            w[p + "self_attn.v_proj.bias"] = r(v["kv_heads"] * head_dim)
        if v["extra"].get("attention_bias"):
            w[p + "self_attn.o_proj.bias"] = r(hidden)
        w[p + "mlp.gate_proj.weight"] = r(inter, hidden, std=0.2)
        w[p + "mlp.up_proj.weight"] = r(inter, hidden, std=0.2)
        w[p + "mlp.down_proj.weight"] = r(hidden, inter)
    # The stored precision is what both sides read: round the reference's copy the same way.
    cast = {"BF16": torch.bfloat16, "F16": torch.float16, "F32": torch.float32}[v["dtype"]]
    w = {k: t.to(cast).float() for k, t in w.items()}
    if v["shards"] > 1:
        safetensors_io.save_sharded(w, folder, v["shards"], v["dtype"])
    else:
        safetensors_io.save_file(w, os.path.join(folder, "model.safetensors"), v["dtype"], {"format": "pt"})
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    tok.save(os.path.join(folder, "tokenizer.json"))
    with open(os.path.join(folder, "tokenizer_config.json"), "w") as f:
        json.dump({"bos_token": "<|endoftext|>", "eos_token": "<|endoftext|>", "add_bos_token": False,
                   "chat_template": CHAT_TEMPLATE, "model_max_length": 256,
                   "tokenizer_class": "PreTrainedTokenizerFast"}, f, indent=2)
    with open(os.path.join(folder, "generation_config.json"), "w") as f:
        json.dump({"bos_token_id": eos, "eos_token_id": [eos], "do_sample": False}, f, indent=2)
    return config, w
