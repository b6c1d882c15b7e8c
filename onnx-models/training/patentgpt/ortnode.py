"""Bridge to ONNX Runtime through onnxruntime-node (parity/ort.mjs): the only ONNX Runtime Python can reach here."""
import base64
import json
import os
import shutil
import subprocess
import tempfile

import numpy as np

PARITY_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "parity")
_TYPES = {np.dtype(np.float32): "float32", np.dtype(np.float16): "float16", np.dtype(np.int64): "int64",
          np.dtype(np.int32): "int32"}
_DTYPES = {v: k for k, v in _TYPES.items()}


def available():
    return shutil.which("node") is not None and os.path.isdir(os.path.join(PARITY_DIR, "node_modules", "onnxruntime-node"))


def _node(*args, timeout=1800):
    r = subprocess.run(["node", os.path.join(PARITY_DIR, "ort.mjs"), *args], cwd=PARITY_DIR, capture_output=True,
                       text=True, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError("onnxruntime-node failed: " + (r.stderr.strip().splitlines() or ["?"])[-1])
    return r.stdout


def run(model_path, feeds, outputs=None):
    """Runs model_path in ONNX Runtime with numpy feeds; returns {name: numpy array}."""
    req = {"feeds": {k: {"type": _TYPES[v.dtype], "dims": list(v.shape),
                         "b64": base64.b64encode(np.ascontiguousarray(v).tobytes()).decode()} for k, v in feeds.items()}}
    if outputs:
        req["outputs"] = outputs
    with tempfile.TemporaryDirectory() as d:
        rq, rs = os.path.join(d, "req.json"), os.path.join(d, "resp.json")
        with open(rq, "w") as f:
            json.dump(req, f)
        _node("run", os.path.abspath(model_path), rq, rs)
        with open(rs) as f:
            resp = json.load(f)
    return {k: np.frombuffer(base64.b64decode(t["b64"]), dtype=_DTYPES[t["type"]]).reshape(t["dims"])
            for k, t in resp.items()}


def perplexity(model_path, sequences, window, kv_heads, head_dim):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "tokens.json")
        with open(p, "w") as f:
            json.dump({"sequences": [list(map(int, s)) for s in sequences], "kv_heads": kv_heads, "head_dim": head_dim}, f)
        return json.loads(_node("ppl", os.path.abspath(model_path), p, str(window)).strip().splitlines()[-1])


def bench(model_path, prompt_tokens, new_tokens, kv_heads, head_dim):
    out = _node("bench", os.path.abspath(model_path), str(prompt_tokens), str(new_tokens), str(kv_heads), str(head_dim))
    return json.loads(out.strip().splitlines()[-1])
