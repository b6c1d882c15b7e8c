"""Reads and writes the safetensors format without the `safetensors` package (not installable here): 8 bytes of
little-endian header length, a JSON header {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {...}},
then the raw little-endian tensor bytes, offsets relative to the end of the header. Sharded checkpoints list each
tensor's file in model.safetensors.index.json ("weight_map")."""
import json
import os
import struct

import numpy as np
import torch

# Storage dtypes this reader turns into float32 torch tensors (bfloat16 has no numpy type: its 16 bits are the upper
# half of a float32's).
_FLOAT_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": np.uint16}
_ELEM_BYTES = {"F32": 4, "F16": 2, "BF16": 2, "F64": 8, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1}


class SafetensorsError(ValueError):
    """A file that is not valid safetensors, or a tensor this reader cannot load; the message names the file."""


def read_header(path):
    """(header dict without __metadata__, byte offset where the data begins)."""
    with open(path, "rb") as f:
        raw = f.read(8)
        if len(raw) != 8:
            raise SafetensorsError(f"{path}: too short for a safetensors file")
        (n,) = struct.unpack("<Q", raw)
        if n > os.path.getsize(path) - 8:
            raise SafetensorsError(f"{path}: header length {n} exceeds the file")
        try:
            header = json.loads(f.read(n).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise SafetensorsError(f"{path}: unreadable header ({e})") from None
    header.pop("__metadata__", None)
    return header, 8 + n


def _to_float32(raw, dtype, shape):
    if dtype == "BF16":
        bits = raw.astype(np.uint32) << 16
        return torch.from_numpy(bits.view(np.float32).reshape(shape))
    return torch.from_numpy(raw.astype(np.float32).reshape(shape))


def load_file(path, names=None):
    """{name: float32 torch tensor} for the tensors of one file (or only `names`), read through a memory map."""
    header, start = read_header(path)
    data = np.memmap(path, dtype=np.uint8, mode="r")
    out = {}
    for name, info in header.items():
        if names is not None and name not in names:
            continue
        dtype, shape, (begin, end) = info["dtype"], info["shape"], info["data_offsets"]
        if dtype not in _FLOAT_DTYPES:
            raise SafetensorsError(f"{path}: tensor {name} has dtype {dtype}; only F32, F16 and BF16 weights are read")
        count = int(np.prod(shape)) if shape else 1
        if end - begin != count * _ELEM_BYTES[dtype] or start + end > len(data):
            raise SafetensorsError(f"{path}: tensor {name}'s byte range does not match its shape {shape}")
        raw = np.frombuffer(data[start + begin:start + end], dtype=_FLOAT_DTYPES[dtype])
        out[name] = _to_float32(raw, dtype, shape)
    return out


def checkpoint_files(folder):
    """The safetensors files of a Hugging Face checkpoint folder: the shards of model.safetensors.index.json, or
    model.safetensors, or every *.safetensors file."""
    index = os.path.join(folder, "model.safetensors.index.json")
    if os.path.exists(index):
        with open(index, encoding="utf-8") as f:
            weight_map = json.load(f)["weight_map"]
        files = sorted(set(weight_map.values()))
        missing = [x for x in files if not os.path.exists(os.path.join(folder, x))]
        if missing:
            raise SafetensorsError(f"{index}: shard {missing[0]} is missing")
        return [os.path.join(folder, x) for x in files]
    single = os.path.join(folder, "model.safetensors")
    if os.path.exists(single):
        return [single]
    files = sorted(x for x in os.listdir(folder) if x.endswith(".safetensors"))
    if not files:
        raise SafetensorsError(f"{folder}: no *.safetensors weights (PyTorch .bin checkpoints are not read)")
    return [os.path.join(folder, x) for x in files]


def load_checkpoint(folder):
    """{name: float32 tensor} over every shard of a checkpoint folder."""
    out = {}
    for path in checkpoint_files(folder):
        out.update(load_file(path))
    return out


def _raw_bytes(tensor, dtype):
    t = tensor.detach().contiguous()
    if dtype == "F32":
        return t.float().numpy().tobytes()
    if dtype == "F16":
        return t.half().numpy().tobytes()
    if dtype == "BF16":
        return t.to(torch.bfloat16).view(torch.int16).numpy().tobytes()
    raise ValueError(f"cannot write dtype {dtype}")


def save_file(tensors, path, dtype="F32", metadata=None):
    """Writes {name: tensor} as one safetensors file, every tensor stored as `dtype` (F32, F16 or BF16)."""
    header, chunks, offset = {}, [], 0
    for name in sorted(tensors):
        raw = _raw_bytes(tensors[name], dtype)
        header[name] = {"dtype": dtype, "shape": list(tensors[name].shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    if metadata:
        header["__metadata__"] = metadata
    blob = json.dumps(header, separators=(",", ":")).encode("utf-8")
    blob += b" " * (-len(blob) % 8)  # the format pads the header so the data starts 8-byte aligned
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(blob)))
        f.write(blob)
        for c in chunks:
            f.write(c)


def save_sharded(tensors, folder, shards, dtype="F32"):
    """Writes tensors over `shards` files model-0000i-of-0000n.safetensors with model.safetensors.index.json, as
    Hugging Face's save_pretrained does for large models."""
    names = sorted(tensors)
    weight_map = {}
    for i in range(shards):
        part = names[i::shards]
        fname = f"model-{i + 1:05d}-of-{shards:05d}.safetensors"
        save_file({n: tensors[n] for n in part}, os.path.join(folder, fname), dtype, {"format": "pt"})
        weight_map.update({n: fname for n in part})
    total = sum(t.numel() * (4 if dtype == "F32" else 2) for t in tensors.values())
    with open(os.path.join(folder, "model.safetensors.index.json"), "w", encoding="utf-8") as f:
        json.dump({"metadata": {"total_size": total}, "weight_map": weight_map}, f, indent=2)
