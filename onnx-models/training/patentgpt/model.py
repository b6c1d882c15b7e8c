"""Llama-style decoder (RMSNorm, rotary positions, SwiGLU, grouped-query attention, tied embeddings) with an
optional sparse mixture-of-experts FFN (top-k of N SwiGLU experts plus a load-balancing loss).

The same module holds open Llama-family bases (hf_convert.py): an explicit head size, untied output head, q/k/v
(and o) biases as Qwen2 and some Llamas have them, and Llama 3 / linear rotary scaling.

The forward pass takes and returns an explicit KV cache in the layout the ONNX export needs
([batch, kv_heads, past, head_dim] per layer), so the exported graph and the training graph are the same code."""
from dataclasses import dataclass, asdict, field
import math

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.utils.checkpoint

from .cross_entropy import cross_entropy


@dataclass
class ModelConfig:
    vocab_size: int = 8192
    hidden_size: int = 256
    num_layers: int = 4
    num_heads: int = 8
    num_kv_heads: int = 2
    intermediate_size: int = 688
    context_length: int = 1024
    rope_theta: float = 10000.0
    rms_eps: float = 1e-5
    # Mixture of experts: 0 experts = dense FFN.
    num_experts: int = 0
    experts_top_k: int = 2
    aux_loss_coef: float = 0.01
    # Open-base features (defaults = PatentGPT's own architecture).
    head_size: int = 0                 # 0: hidden_size // num_heads
    tie_embeddings: bool = True        # False: a separate lm_head
    qkv_bias: bool = False             # Qwen2
    o_bias: bool = False               # Llama with attention_bias
    rope_scaling: dict = None          # Hugging Face's rope_scaling: {"rope_type": "llama3"|"linear", ...}

    @property
    def head_dim(self):
        return self.head_size or self.hidden_size // self.num_heads

    def to_dict(self):
        return asdict(self)

    @staticmethod
    def from_dict(d):
        return ModelConfig(**{k: v for k, v in d.items() if k in ModelConfig.__dataclass_fields__})


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rope_inv_freq(cfg: ModelConfig):
    """Rotary inverse frequencies [head_dim/2] as Hugging Face computes them, rope_scaling included: "llama3"
    (Llama 3.1+: long wavelengths divided by the factor, short ones kept, a smooth blend between) and "linear"
    (every frequency divided by the factor, i.e. positions divided by it)."""
    hd = cfg.head_dim
    inv_freq = 1.0 / (cfg.rope_theta ** (torch.arange(0, hd, 2, dtype=torch.int64).float() / hd))
    rs = cfg.rope_scaling or {}
    kind = rs.get("rope_type", rs.get("type", "default"))
    if kind == "default":
        return inv_freq
    if kind == "linear":
        return inv_freq / rs["factor"]
    if kind == "llama3":
        factor, low, high = rs["factor"], rs["low_freq_factor"], rs["high_freq_factor"]
        old_len = rs["original_max_position_embeddings"]
        low_wavelen, high_wavelen = old_len / low, old_len / high
        wavelen = 2 * math.pi / inv_freq
        scaled = torch.where(wavelen > low_wavelen, inv_freq / factor, inv_freq)
        smooth = (old_len / wavelen - low) / (high - low)
        blended = (1 - smooth) * scaled / factor + smooth * scaled
        medium = ~(wavelen < high_wavelen) * ~(wavelen > low_wavelen)
        return torch.where(medium, blended, scaled)
    raise ValueError(f"rope_scaling type {kind!r} is not supported (default, linear or llama3)")


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class Attention(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.h, self.kvh, self.hd = cfg.num_heads, cfg.num_kv_heads, cfg.head_dim
        assert cfg.num_heads % cfg.num_kv_heads == 0
        self.q = nn.Linear(cfg.hidden_size, self.h * self.hd, bias=cfg.qkv_bias)
        self.k = nn.Linear(cfg.hidden_size, self.kvh * self.hd, bias=cfg.qkv_bias)
        self.v = nn.Linear(cfg.hidden_size, self.kvh * self.hd, bias=cfg.qkv_bias)
        self.o = nn.Linear(self.h * self.hd, cfg.hidden_size, bias=cfg.o_bias)

    def _repeat_kv(self, x):
        # expand + reshape rather than repeat_interleave: the latter exports with baked shapes that fail in ORT.
        if self.h == self.kvh:
            return x
        b, kvh, t, hd = x.shape
        n_rep = self.h // self.kvh
        return x[:, :, None, :, :].expand(b, kvh, n_rep, t, hd).reshape(b, kvh * n_rep, t, hd)

    def forward(self, x, cos, sin, bias, past_k, past_v):
        b, s, _ = x.shape
        q = self.q(x).view(b, s, self.h, self.hd).transpose(1, 2)
        k = self.k(x).view(b, s, self.kvh, self.hd).transpose(1, 2)
        v = self.v(x).view(b, s, self.kvh, self.hd).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        if past_k is not None:
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
        present = (k, v)
        scores = torch.matmul(q, self._repeat_kv(k).transpose(2, 3)) / math.sqrt(self.hd) + bias
        probs = torch.softmax(scores, dim=-1)
        out = torch.matmul(probs, self._repeat_kv(v)).transpose(1, 2).reshape(b, s, self.h * self.hd)
        return self.o(out), present


class SwiGLU(nn.Module):
    def __init__(self, hidden, inter):
        super().__init__()
        self.gate = nn.Linear(hidden, inter, bias=False)
        self.up = nn.Linear(hidden, inter, bias=False)
        self.down = nn.Linear(inter, hidden, bias=False)

    def forward(self, x):
        return self.down(F.silu(self.gate(x)) * self.up(x))


class _RoutedExperts(torch.autograd.Function):
    """torch's exporter writes a MoE layer as one com.microsoft MoE node: ONNX Runtime routes each token to its top-k
    experts and runs only those (weights stacked per expert, gate and up rows interleaved as its "swiglu" activation
    reads them: silu(gate) * up). export.export_graph then rewrites the node into standard operators with one
    pre-packed MatMul pair per expert (export.expand_moe_nodes, moe_graph.routed_ffn) unless asked for the node
    itself. Its forward here only has to give the traced shapes and values.

    The node takes the [b, s, h] activations as they are and returns that shape, and it has no bias inputs (the
    experts have none): reshaping to rows and back traced a dozen shape ops per layer (Shape, Gather, Unsqueeze,
    Concat, Reshape), each a kernel launch per decode step, and the all-zero biases cost an add per row."""

    @staticmethod
    def forward(ctx, x, router_logits, fc1, fc2, k):
        rows = x.reshape(-1, x.shape[-1])
        probs = torch.softmax(router_logits, dim=-1)
        top_w, top_i = torch.topk(probs, k, dim=-1)
        top_w = top_w / top_w.sum(-1, keepdim=True)
        out = torch.zeros_like(rows)
        for j in range(k):
            w1, w2 = fc1[top_i[:, j]], fc2[top_i[:, j]]          # [rows, 2I, H], [rows, H, I]
            h = torch.einsum("rih,rh->ri", w1, rows)
            act = F.silu(h[:, 0::2]) * h[:, 1::2]
            out = out + top_w[:, j:j + 1] * torch.einsum("rhi,ri->rh", w2, act)
        return out.reshape(x.shape)

    @staticmethod
    def symbolic(g, x, router_logits, fc1, fc2, k):
        # torch 1.13 cannot leave an optional input empty: the biases go in as zeros, which export.py then drops
        # (export.drop_zero_moe_biases).
        zeros1 = g.op("Constant", value_t=torch.zeros(fc1.type().sizes()[:2]))
        zeros2 = g.op("Constant", value_t=torch.zeros(fc2.type().sizes()[:2]))
        out = g.op("com.microsoft::MoE", x, router_logits, fc1, zeros1, fc2, zeros2, k_i=k,
                   activation_type_s="swiglu", swiglu_fusion_i=1, normalize_routing_weights_i=1,
                   activation_alpha_f=1.0, activation_beta_f=0.0)
        out.setType(x.type())
        return out


class MoE(nn.Module):
    """Top-k routing over SwiGLU experts. In training every expert runs on every token and the router weights zero
    out the unselected ones (dense, static shapes, simple gradients); the ONNX export instead computes only the routed
    experts (_RoutedExperts, then moe_graph.routed_ffn), so a decoding step reads k experts' weights, not all."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.n, self.k = cfg.num_experts, cfg.experts_top_k
        self.router = nn.Linear(cfg.hidden_size, self.n, bias=False)
        self.experts = nn.ModuleList(SwiGLU(cfg.hidden_size, cfg.intermediate_size) for _ in range(self.n))
        self.aux_loss = None

    def forward(self, x):
        if torch.onnx.is_in_onnx_export():
            return self._routed(x)
        logits = self.router(x)                       # [b, s, n]
        probs = torch.softmax(logits, dim=-1)
        top_w, top_i = torch.topk(probs, self.k, dim=-1)
        top_w = top_w / top_w.sum(-1, keepdim=True)
        onehot = F.one_hot(top_i, self.n).to(x.dtype)  # [b, s, k, n]
        gates = (onehot * top_w.unsqueeze(-1)).sum(2)  # [b, s, n]
        if self.training:
            # Switch-Transformer balance loss: fraction of tokens routed to each expert times its mean probability.
            frac = onehot.sum(2).mean(dim=(0, 1)) / self.k
            self.aux_loss = self.n * (frac * probs.mean(dim=(0, 1))).sum()
        out = torch.stack([e(x) for e in self.experts], dim=-1)  # [b, s, h, n]
        return (out * gates.unsqueeze(2)).sum(-1)

    def stacked_weights(self):
        """fc1 [n, 2I, H] with gate and up rows interleaved (gate 0, up 0, gate 1, ...), fc2 [n, H, I]: the MoE
        operator's layout (swiglu_fusion=1)."""
        gate = torch.stack([e.gate.weight for e in self.experts])   # [n, I, H]
        up = torch.stack([e.up.weight for e in self.experts])
        fc1 = torch.stack([gate, up], dim=2).reshape(self.n, -1, gate.shape[-1])
        fc2 = torch.stack([e.down.weight for e in self.experts])    # [n, H, I]
        return fc1, fc2

    def _routed(self, x):
        fc1, fc2 = self.stacked_weights()
        # The operator wants router logits as [rows, experts]; a constant target shape keeps shape ops out.
        return _RoutedExperts.apply(x, self.router(x).reshape(-1, self.n), fc1, fc2, self.k)


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.attn_norm = RMSNorm(cfg.hidden_size, cfg.rms_eps)
        self.attn = Attention(cfg)
        self.ffn_norm = RMSNorm(cfg.hidden_size, cfg.rms_eps)
        self.ffn = MoE(cfg) if cfg.num_experts > 0 else SwiGLU(cfg.hidden_size, cfg.intermediate_size)

    def forward(self, x, cos, sin, bias, past_k, past_v):
        a, present = self.attn(self.attn_norm(x), cos, sin, bias, past_k, past_v)
        x = x + a
        return x + self.ffn(self.ffn_norm(x)), present


class PatentGPT(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.hidden_size)
        self.layers = nn.ModuleList(Block(cfg) for _ in range(cfg.num_layers))
        self.norm = RMSNorm(cfg.hidden_size, cfg.rms_eps)
        self.lm_head = None if cfg.tie_embeddings else nn.Linear(cfg.hidden_size, cfg.vocab_size, bias=False)
        self.activation_checkpointing = False  # a training setting (trainer: "activation_checkpointing"), not saved
        self.register_buffer("inv_freq", rope_inv_freq(cfg), persistent=False)
        self.apply(self._init)
        for name, p in self.named_parameters():
            if name.endswith("o.weight") or name.endswith("down.weight"):
                nn.init.normal_(p, std=0.02 / math.sqrt(2 * cfg.num_layers))

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def num_parameters(self, active=False):
        total = sum(p.numel() for p in self.parameters())
        if active and self.cfg.num_experts > 0:
            per_expert = sum(p.numel() for p in self.layers[0].ffn.experts[0].parameters())
            total -= self.cfg.num_layers * per_expert * (self.cfg.num_experts - self.cfg.experts_top_k)
        return total

    def forward(self, input_ids, attention_mask=None, position_ids=None, past=None):
        """input_ids [b,s]; attention_mask [b, past+s] (1 = attend); position_ids [b,s];
        past: list of (key, value) per layer, each [b, kv_heads, past_len, head_dim], or None.
        Returns logits [b,s,vocab] and the list of present (key, value)."""
        b, s = input_ids.shape
        past_len = past[0][0].shape[2] if past is not None else 0
        total = past_len + s
        if attention_mask is None:
            attention_mask = torch.ones(b, total, dtype=torch.long, device=input_ids.device)
        if position_ids is None:
            position_ids = torch.arange(past_len, total, device=input_ids.device).unsqueeze(0).expand(b, s)
        x = self.embed(input_ids)
        freqs = position_ids.to(torch.float32).unsqueeze(-1) * self.inv_freq  # [b, s, hd/2]
        emb = torch.cat((freqs, freqs), dim=-1).unsqueeze(1)                  # [b, 1, s, hd]
        cos, sin = emb.cos().to(x.dtype), emb.sin().to(x.dtype)
        # Causal + padding mask as an additive bias [b, 1, s, total].
        q_pos = torch.arange(s, device=input_ids.device) + (total - s)
        k_pos = torch.arange(total, device=input_ids.device)
        allowed = (k_pos.unsqueeze(0) <= q_pos.unsqueeze(1)).unsqueeze(0).unsqueeze(0)
        allowed = allowed & (attention_mask > 0).unsqueeze(1).unsqueeze(1)
        bias = torch.where(allowed, torch.zeros((), dtype=x.dtype, device=x.device),
                           torch.full((), -1e4, dtype=x.dtype, device=x.device))
        presents = []
        for i, layer in enumerate(self.layers):
            pk, pv = past[i] if past is not None else (None, None)
            if self.activation_checkpointing and self.training and past is None:
                # Recompute the block in the backward pass instead of keeping its activations: memory for time,
                # for bases whose activations do not fit beside their weights.
                x, present = torch.utils.checkpoint.checkpoint(layer, x, cos, sin, bias, None, None, use_reentrant=False)
            else:
                x, present = layer(x, cos, sin, bias, pk, pv)
            presents.append(present)
        x = self.norm(x)
        logits = F.linear(x, self.embed.weight) if self.lm_head is None else self.lm_head(x)
        return logits, presents

    @torch.no_grad()
    def resize_vocab(self, rows):
        """Grows the embedding (and an untied head) to `rows` tokens, e.g. for special tokens added to a base's
        tokenizer; new rows start at the mean of the existing ones, a neutral point the training moves them from."""
        old = self.cfg.vocab_size
        if rows <= old:
            return
        emb = nn.Embedding(rows, self.cfg.hidden_size)
        emb.weight[:old] = self.embed.weight
        emb.weight[old:] = self.embed.weight.mean(0)
        self.embed = emb
        if self.lm_head is not None:
            head = nn.Linear(self.cfg.hidden_size, rows, bias=False)
            head.weight[:old] = self.lm_head.weight
            head.weight[old:] = self.lm_head.weight.mean(0)
            self.lm_head = head
        self.cfg.vocab_size = rows

    def aux_loss(self):
        if self.cfg.num_experts == 0:
            return None
        losses = [l.ffn.aux_loss for l in self.layers if l.ffn.aux_loss is not None]
        return sum(losses) / len(losses) if losses else None

    def loss(self, input_ids, targets, ignore_index=-100):
        logits, _ = self.forward(input_ids)
        loss = cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=ignore_index)
        aux = self.aux_loss()
        total = loss + self.cfg.aux_loss_coef * aux if aux is not None else loss
        return total, loss
