"""Low-rank adapters (LoRA) for tuning a base too big to fine-tune fully: each chosen Linear keeps its weight frozen
and learns W + (alpha / rank) * B A with A [rank, in], B [out, rank] (B starts at zero, so step 0 is the base).
Before export the adapters are merged into plain Linears, so the ONNX graph and the engine never see them."""
import math

import torch
import torch.nn as nn

# The projections of model.Attention and model.SwiGLU, as Hugging Face PEFT's usual "all linear" choice.
DEFAULT_TARGETS = ("q", "k", "v", "o", "gate", "up", "down")


class LoRALinear(nn.Module):
    def __init__(self, base: nn.Linear, rank, alpha):
        super().__init__()
        self.base = base
        for p in base.parameters():
            p.requires_grad_(False)
        self.scale = alpha / rank
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))  # PEFT's initialization of A

    def forward(self, x):
        return self.base(x) + (x @ self.lora_a.t() @ self.lora_b.t()) * self.scale

    @torch.no_grad()
    def merged(self):
        out = nn.Linear(self.base.in_features, self.base.out_features, bias=self.base.bias is not None)
        out.weight.copy_(self.base.weight + self.scale * (self.lora_b @ self.lora_a))
        if self.base.bias is not None:
            out.bias.copy_(self.base.bias)
        return out


def apply(model, rank=8, alpha=16, targets=DEFAULT_TARGETS, train_embeddings=False):
    """Freezes the model and wraps every target Linear of its blocks; returns the number of trainable parameters.
    train_embeddings also trains the embedding (and an untied head), e.g. for tokens added to a base."""
    if rank < 1:
        raise ValueError("lora rank must be at least 1")
    for p in model.parameters():
        p.requires_grad_(False)
    wrapped = 0
    for block in model.layers:
        for parent in (block.attn, block.ffn):
            for name in targets:
                child = getattr(parent, name, None)
                if isinstance(child, nn.Linear):
                    setattr(parent, name, LoRALinear(child, rank, alpha))
                    wrapped += 1
    if not wrapped:
        raise ValueError(f"lora targets {list(targets)} match no projection of the model")
    if train_embeddings:
        model.embed.weight.requires_grad_(True)
        if model.lm_head is not None:
            model.lm_head.weight.requires_grad_(True)
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def merge(model):
    """Replaces every LoRALinear by its merged Linear, in place; the model is plain PatentGPT again."""
    for block in model.layers:
        for parent in (block.attn, block.ffn):
            for name, child in list(parent.named_children()):
                if isinstance(child, LoRALinear):
                    setattr(parent, name, child.merged())
    for p in model.parameters():
        p.requires_grad_(True)
    return model
