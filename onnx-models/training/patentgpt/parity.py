"""PyTorch vs ONNX Runtime logits on the same inputs, with a non-empty KV cache and with an empty one."""
import numpy as np
import onnx
import torch

from . import onnx_numpy, ortnode
from .export import io_names


def _inputs(cfg, batch, seq, past, seed, np_dtype):
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(0, cfg.vocab_size, (batch, seq), generator=g)
    mask = torch.ones(batch, past + seq, dtype=torch.long)
    if batch > 1 and past > 0:
        mask[1, 0] = 0  # a left-padded row exercises the padding mask
    pos = torch.arange(past, past + seq).unsqueeze(0).expand(batch, seq).contiguous()
    kv = [torch.randn(batch, cfg.num_kv_heads, past, cfg.head_dim, generator=g).to(torch.float16 if np_dtype == np.float16 else torch.float32).float()
          for _ in range(2 * cfg.num_layers)]
    return ids, mask, pos, kv


def torch_reference(model, ids, mask, pos, kv):
    past = [(kv[2 * i], kv[2 * i + 1]) for i in range(model.cfg.num_layers)]
    with torch.no_grad():
        logits, presents = model.eval()(ids, mask, pos, past)
    return logits.numpy(), presents


def check(model, onnx_path, cases=((2, 5, 0), (2, 3, 4), (1, 1, 7)), backend="ort"):
    """Returns the max |torch - runtime| over logits and presents for each (batch, seq, past) case. backend "ort"
    runs ONNX Runtime through node; "numpy" the numpy evaluator of the same graph."""
    m = onnx.load(onnx_path)
    execute = (lambda feeds: ortnode.run(onnx_path, feeds)) if backend == "ort" else (lambda feeds: onnx_numpy.run(m, feeds))
    fp16 = m.graph.input[3].type.tensor_type.elem_type == onnx.TensorProto.FLOAT16
    np_dtype = np.float16 if fp16 else np.float32
    names, outs = io_names(model.cfg.num_layers)
    worst = 0.0
    for batch, seq, past in cases:
        ids, mask, pos, kv = _inputs(model.cfg, batch, seq, past, seed=batch * 100 + seq * 10 + past, np_dtype=np_dtype)
        ref_logits, presents = torch_reference(model, ids, mask, pos, kv)
        feeds = {"input_ids": ids.numpy(), "attention_mask": mask.numpy(), "position_ids": pos.numpy()}
        for n, t in zip(names[3:], kv):
            feeds[n] = t.numpy().astype(np_dtype)
        got = execute(feeds)
        worst = max(worst, float(np.abs(got["logits"].astype(np.float32) - ref_logits).max()))
        for i, (k, v) in enumerate(presents):
            worst = max(worst, float(np.abs(got[f"present.{i}.key"].astype(np.float32) - k.numpy()).max()))
            assert got[f"present.{i}.key"].shape == tuple(k.shape)
    return worst
