"""An independent PyTorch forward of Hugging Face's Llama / Mistral / Qwen2 decoders, written from the transformers
modeling code (modeling_llama.py, modeling_qwen2.py) over a plain {hf_name: tensor} dict: the converter's output is
checked against this, never against the module it converts into (patentgpt.model)."""
import math

import torch


def _default_rope(config, head_dim):
    base = config.get("rope_theta", 10000.0)
    return 1.0 / (base ** (torch.arange(0, head_dim, 2, dtype=torch.int64).float() / head_dim))


def _llama3_rope(config, head_dim):
    # transformers.modeling_rope_utils._compute_llama3_parameters
    inv_freq = _default_rope(config, head_dim)
    rs = config["rope_scaling"]
    factor, lo, hi, old = rs["factor"], rs["low_freq_factor"], rs["high_freq_factor"], rs["original_max_position_embeddings"]
    low_freq_wavelen, high_freq_wavelen = old / lo, old / hi
    wavelen = 2 * math.pi / inv_freq
    inv_freq_llama = torch.where(wavelen > low_freq_wavelen, inv_freq / factor, inv_freq)
    smooth_factor = (old / wavelen - lo) / (hi - lo)
    smoothed = (1 - smooth_factor) * inv_freq_llama / factor + smooth_factor * inv_freq_llama
    is_medium = ~(wavelen < high_freq_wavelen) * ~(wavelen > low_freq_wavelen)
    return torch.where(is_medium, smoothed, inv_freq_llama)


def inv_freq(config, head_dim):
    rs = config.get("rope_scaling") or {}
    kind = rs.get("rope_type", rs.get("type", "default"))
    if kind == "llama3":
        return _llama3_rope(config, head_dim)
    if kind == "linear":
        return _default_rope(config, head_dim) / rs["factor"]
    return _default_rope(config, head_dim)


def _rms(x, w, eps):
    # LlamaRMSNorm: variance in float32, then weight * normalized
    variance = x.pow(2).mean(-1, keepdim=True)
    return w * (x * torch.rsqrt(variance + eps))


def _rotate_half(x):
    x1, x2 = x[..., : x.shape[-1] // 2], x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


def _linear(x, w, b=None):
    y = x @ w.t()
    return y + b if b is not None else y


def forward(weights, config, input_ids):
    """Logits [batch, seq, vocab] of the whole sequence (no cache), float32, as transformers computes them."""
    arch = config["architectures"][0]
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    kv_heads = config.get("num_key_value_heads") or heads
    head_dim = config.get("head_dim") or hidden // heads
    eps = config.get("rms_norm_eps", 1e-6)
    tied = config.get("tie_word_embeddings", False)
    ids = torch.as_tensor(input_ids)
    b, s = ids.shape
    x = weights["model.embed_tokens.weight"][ids]
    pos = torch.arange(s).float()
    freqs = torch.outer(pos, inv_freq(config, head_dim))
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos()[None, None], emb.sin()[None, None]
    causal = torch.full((s, s), torch.finfo(torch.float32).min).triu(1)
    for i in range(config["num_hidden_layers"]):
        p = f"model.layers.{i}."
        g = lambda n: weights.get(p + n)
        h = _rms(x, g("input_layernorm.weight"), eps)
        q = _linear(h, g("self_attn.q_proj.weight"), g("self_attn.q_proj.bias")).view(b, s, heads, head_dim).transpose(1, 2)
        k = _linear(h, g("self_attn.k_proj.weight"), g("self_attn.k_proj.bias")).view(b, s, kv_heads, head_dim).transpose(1, 2)
        v = _linear(h, g("self_attn.v_proj.weight"), g("self_attn.v_proj.bias")).view(b, s, kv_heads, head_dim).transpose(1, 2)
        q = q * cos + _rotate_half(q) * sin
        k = k * cos + _rotate_half(k) * sin
        k = k.repeat_interleave(heads // kv_heads, dim=1)
        v = v.repeat_interleave(heads // kv_heads, dim=1)
        att = (q @ k.transpose(2, 3)) / math.sqrt(head_dim) + causal
        att = torch.softmax(att.float(), dim=-1)
        o = (att @ v).transpose(1, 2).reshape(b, s, heads * head_dim)
        x = x + _linear(o, g("self_attn.o_proj.weight"), g("self_attn.o_proj.bias"))
        h = _rms(x, g("post_attention_layernorm.weight"), eps)
        gate = _linear(h, g("mlp.gate_proj.weight"))
        x = x + _linear(torch.nn.functional.silu(gate) * _linear(h, g("mlp.up_proj.weight")), g("mlp.down_proj.weight"))
    x = _rms(x, weights["model.norm.weight"], eps)
    head = weights["model.embed_tokens.weight"] if tied else weights["lm_head.weight"]
    assert arch in ("LlamaForCausalLM", "MistralForCausalLM", "Qwen2ForCausalLM")
    return x @ head.t()


def greedy(weights, config, prompt_ids, new_tokens):
    """Greedy continuation by recomputing the whole sequence each step (no cache at all)."""
    ids = list(prompt_ids)
    for _ in range(new_tokens):
        with torch.no_grad():
            logits = forward(weights, config, [ids])
        ids.append(int(logits[0, -1].argmax()))
    return ids[len(prompt_ids):]
