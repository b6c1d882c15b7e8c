"""Builds two test fixtures from the tiny-genai fixture (which onnx-models' exporter makes):

`tiny-external`: the same model with its weights in external data (`model.onnx` + `model.onnx.data`), as large
exports are written, so the engine's loading of external data by path is tested.

`tiny-merged`: an Optimum-style merged decoder (`decoder_model_merged.onnx`) from the
tiny-genai fixture's graph, with a `use_cache_branch` input switching an If node between
  - then: the graph as it is (reads past_key_values.*), and
  - else: the same graph with every past input cut to length 0 (the "no cache" branch, which ignores the past),
as Optimum's merged decoders do. An engine that fed use_cache_branch=false after the first step would lose all context,
so the engine's cache-vs-recompute test on this fixture catches it.

Run from the repository root with Debian's python3-onnx:
    python3 local-inference/src/test/scripts/make_fixtures.py
"""
import copy
import json
import os
import shutil

import onnx
from onnx import TensorProto, helper
from onnx.external_data_helper import convert_model_to_external_data

ROOT = "local-inference/src/test/resources/models"
SRC = os.path.join(ROOT, "tiny-genai")
DST = os.path.join(ROOT, "tiny-merged")

model = onnx.load(os.path.join(SRC, "model.onnx"))
g = model.graph
past = [i.name for i in g.input if i.name.startswith("past_key_values.")]


def branch(name, ignore_past):
    nodes = [copy.deepcopy(n) for n in g.node]
    extra = []
    if ignore_past:
        zero = helper.make_tensor("nocache_zero", TensorProto.INT64, [1], [0])
        axis = helper.make_tensor("nocache_axis", TensorProto.INT64, [1], [2])
        extra += [helper.make_node("Constant", [], ["nocache_zero_c"], value=zero),
                  helper.make_node("Constant", [], ["nocache_axis_c"], value=axis)]
        for p in past:
            extra.append(helper.make_node("Slice", [p, "nocache_zero_c", "nocache_zero_c", "nocache_axis_c"],
                                          [p + "_empty"]))
        for n in nodes:
            n.input[:] = [i + "_empty" if i in past else i for i in n.input]
    # Subgraph outputs must have their own names; Identity nodes give them.
    outs = []
    for o in g.output:
        inner = f"{name}_{o.name}"
        extra_id = helper.make_node("Identity", [o.name], [inner])
        nodes.append(extra_id)
        vi = copy.deepcopy(o)
        vi.name = inner
        outs.append(vi)
    # Inner names must not shadow each other across the two branches: prefix everything produced inside.
    produced = {out for n in extra + nodes for out in n.output if out not in {o.name for o in outs}}
    rename = {p: f"{name}/{p}" for p in produced}
    for n in extra + nodes:
        n.input[:] = [rename.get(i, i) for i in n.input]
        n.output[:] = [rename.get(o, o) for o in n.output]
        n.name = f"{name}/{n.name}" if n.name else ""
    return helper.make_graph(extra + nodes, name, [], outs)


use_cache = helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1])
if_node = helper.make_node("If", ["use_cache_branch"], [o.name for o in g.output],
                           then_branch=branch("with_past", False), else_branch=branch("no_past", True),
                           name="optimum::if")
merged = helper.make_graph([if_node], "merged_decoder", list(g.input) + [use_cache], list(g.output),
                           initializer=list(g.initializer))
out = helper.make_model(merged, opset_imports=list(model.opset_import), producer_name="patentdesk-test-fixture")
out.ir_version = model.ir_version
onnx.checker.check_model(out)
os.makedirs(DST, exist_ok=True)
onnx.save(out, os.path.join(DST, "decoder_model_merged.onnx"))
for f in ("tokenizer.json", "tokenizer_config.json"):
    shutil.copy(os.path.join(SRC, f), os.path.join(DST, f))
shutil.copy(os.path.join(ROOT, "tiny-optimum", "config.json"), os.path.join(DST, "config.json"))
shutil.copy(os.path.join(ROOT, "tiny-optimum", "generation_config.json"), os.path.join(DST, "generation_config.json"))
print("wrote", DST, os.path.getsize(os.path.join(DST, "decoder_model_merged.onnx")), "bytes")

EXT = os.path.join(ROOT, "tiny-external")
os.makedirs(EXT, exist_ok=True)
for f in ("genai_config.json", "tokenizer.json", "tokenizer_config.json", "patentdesk.json"):
    shutil.copy(os.path.join(SRC, f), os.path.join(EXT, f))
external = onnx.load(os.path.join(SRC, "model.onnx"))
convert_model_to_external_data(external, all_tensors_to_one_file=True, location="model.onnx.data", size_threshold=1024)
onnx.save(external, os.path.join(EXT, "model.onnx"))
print("wrote", EXT)
