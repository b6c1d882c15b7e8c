// ONNX Runtime (node) side of the pipeline's checks; Python cannot install onnxruntime here.
//   node ort.mjs run   MODEL.onnx REQUEST.json RESPONSE.json   feeds -> named outputs (parity)
//   node ort.mjs ppl   MODEL.onnx TOKENS.json WINDOW            perplexity of token sequences, no cache
//   node ort.mjs bench MODEL.onnx PROMPT_TOKENS NEW_TOKENS KV_HEADS HEAD_DIM [RUNS]
//                                        greedy decode with the KV cache, tokens/s (median of RUNS after a warm-up)
//   node ort.mjs alternate THREADS ROUNDS PROMPT_TOKENS NEW_TOKENS KV_HEADS HEAD_DIM MODEL.onnx...
//                                        the same decode, models taking turns round by round in one process (a fair
//                                        comparison on a loaded machine): every round's tokens/s per model, by the
//                                        wall clock and per CPU-second of the process
//   node ort.mjs profile THREADS PROMPT_TOKENS NEW_TOKENS KV_HEADS HEAD_DIM MODEL.onnx
//                                        ONNX Runtime's profiler over one warm generation: kernel microseconds per
//                                        decode step by operator type
//   node ort.mjs calls THREADS ITERS ROUNDS HIDDEN MODEL.onnx...
//                                        graphs of one input x [1, 1, HIDDEN] taking turns: CPU microseconds per run
// Tensors travel as {type, dims, b64} (little-endian raw bytes).
import * as ort from 'onnxruntime-node';
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ARRAYS = { float32: Float32Array, float16: Uint16Array, int64: BigInt64Array, int32: Int32Array };

function decodeTensor(t) {
  const buf = Buffer.from(t.b64, 'base64');
  const Ctor = ARRAYS[t.type];
  const data = new Ctor(buf.buffer, buf.byteOffset, buf.byteLength / Ctor.BYTES_PER_ELEMENT);
  return new ort.Tensor(t.type, data.slice(), t.dims);
}

function encodeTensor(t) {
  const d = t.data;
  return { type: t.type, dims: t.dims, b64: Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('base64') };
}

async function session(path, threads = 2, extra = {}) {
  return ort.InferenceSession.create(path, { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all', ...extra });
}


function kvMeta(sess) {
  const past = sess.inputNames.filter(n => n.startsWith('past_key_values.'));
  const meta = sess.inputMetadata ? Object.fromEntries((Array.isArray(sess.inputMetadata) ? sess.inputMetadata : []).map(m => [m.name, m])) : {};
  return { past, meta };
}

function emptyPast(name, meta, batch, kvHeads, headDim) {
  const m = meta[name];
  const type = m && m.type ? m.type : 'float32';
  return new ort.Tensor(type, type === 'float16' ? new Uint16Array(0) : new Float32Array(0), [batch, kvHeads, 0, headDim]);
}

function kvShape(meta, name, fallbackHeads, fallbackDim) {
  const m = meta[name];
  if (m && m.shape && typeof m.shape[1] === 'number' && typeof m.shape[3] === 'number') return [m.shape[1], m.shape[3]];
  return [fallbackHeads, fallbackDim];
}

function toFloat(t) {
  if (t.type === 'float32') return t.data;
  const out = new Float32Array(t.data.length);
  for (let i = 0; i < out.length; i++) {
    const h = t.data[i], s = (h & 0x8000) ? -1 : 1, e = (h >> 10) & 0x1f, f = h & 0x3ff;
    out[i] = e === 0 ? s * f * 2 ** -24 : e === 31 ? (f ? NaN : s * Infinity) : s * (1 + f / 1024) * 2 ** (e - 15);
  }
  return out;
}

function seqFeeds(tokens, start, past, pastLen) {
  const s = tokens.length;
  const ids = new ort.Tensor('int64', BigInt64Array.from(tokens.map(BigInt)), [1, s]);
  const mask = new ort.Tensor('int64', new BigInt64Array(pastLen + s).fill(1n), [1, pastLen + s]);
  const pos = new ort.Tensor('int64', BigInt64Array.from(tokens.map((_, i) => BigInt(start + i))), [1, s]);
  return { input_ids: ids, attention_mask: mask, position_ids: pos, ...past };
}

async function runMode(modelPath, reqPath, respPath) {
  const sess = await session(modelPath);
  const req = JSON.parse(readFileSync(reqPath, 'utf8'));
  const feeds = Object.fromEntries(Object.entries(req.feeds).map(([k, v]) => [k, decodeTensor(v)]));
  const out = await sess.run(feeds);
  const names = req.outputs || Object.keys(out);
  writeFileSync(respPath, JSON.stringify(Object.fromEntries(names.map(n => [n, encodeTensor(out[n])]))));
}

async function initialPast(sess, kvHeads, headDim) {
  const { past, meta } = kvMeta(sess);
  return Object.fromEntries(past.map(n => [n, emptyPast(n, meta, 1, kvHeads, headDim)]));
}

async function pplMode(modelPath, tokensPath, window) {
  const sess = await session(modelPath);
  const cfg = JSON.parse(readFileSync(tokensPath, 'utf8'));
  const seqs = cfg.sequences;
  let nll = 0, n = 0;
  for (const seq of seqs) {
    for (let start = 0; start + 1 < seq.length; start += window) {
      const chunk = seq.slice(start, start + window + 1);
      if (chunk.length < 2) break;
      const inp = chunk.slice(0, -1);
      const feeds = seqFeeds(inp, 0, await initialPast(sess, cfg.kv_heads, cfg.head_dim), 0);
      const out = await sess.run(feeds);
      const logits = toFloat(out.logits), V = out.logits.dims[2];
      for (let i = 0; i < inp.length; i++) {
        let max = -Infinity;
        for (let v = 0; v < V; v++) max = Math.max(max, logits[i * V + v]);
        let sum = 0;
        for (let v = 0; v < V; v++) sum += Math.exp(logits[i * V + v] - max);
        nll += Math.log(sum) + max - logits[i * V + chunk[i + 1]];
        n++;
      }
      for (const t of Object.values(out)) t.dispose?.();
    }
  }
  console.log(JSON.stringify({ perplexity: Math.exp(nll / n), nll: nll / n, tokens: n }));
}

// One greedy generation: prefill the prompt, then newTokens single-token steps feeding the cache back.
async function generateOnce(sess, prompt, newTokens, kvHeads, headDim) {
  const t0 = performance.now();
  let out = await sess.run(seqFeeds(prompt, 0, await initialPast(sess, kvHeads, headDim), 0));
  const t1 = performance.now();
  const V = out.logits.dims[2];
  const argmax = (o, row) => { const l = toFloat(o.logits); let b = 0; for (let v = 1; v < V; v++) if (l[row * V + v] > l[row * V + b]) b = v; return b; };
  let len = prompt.length;
  let next = argmax(out, prompt.length - 1);
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  for (let step = 0; step < newTokens; step++) {
    const past = {};
    for (const name of Object.keys(out)) if (name.startsWith('present.')) past[name.replace('present.', 'past_key_values.')] = out[name];
    out = await sess.run(seqFeeds([next], len, past, len));
    len++;
    next = argmax(out, 0);
  }
  const t3 = performance.now();
  const c3 = process.cpuUsage(c2);
  // CPU time of the process over the decode (all its threads): on a loaded machine, unlike the wall time, it
  // leaves out the time spent waiting for a core.
  return { prefillMs: t1 - t0, decodeMs: t3 - t2, decodeCpuMs: (c3.user + c3.system) / 1000 };
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// One warm-up generation (the first runs pay for lazy initialisation), then the median of RUNS timed ones.
async function benchMode(modelPath, promptTokens, newTokens, kvHeads, headDim, runs) {
  const sess = await session(modelPath);
  const prompt = Array.from({ length: promptTokens }, (_, i) => 300 + (i * 7) % 200);
  await generateOnce(sess, prompt, newTokens, kvHeads, headDim);
  const timed = [];
  for (let r = 0; r < runs; r++) timed.push(await generateOnce(sess, prompt, newTokens, kvHeads, headDim));
  const prefillMs = median(timed.map(t => t.prefillMs)), decodeMs = median(timed.map(t => t.decodeMs));
  console.log(JSON.stringify({ runtime: 'onnxruntime-node ' + (ort.env.versions?.common ?? ''), threads: 2, promptTokens, newTokens,
    runs, prefillTokensPerSecond: promptTokens / (prefillMs / 1000), decodeTokensPerSecond: newTokens / (decodeMs / 1000),
    timeToFirstTokenMs: prefillMs }));
}

async function alternateMode(threads, rounds, promptTokens, newTokens, kvHeads, headDim, models) {
  const prompt = Array.from({ length: promptTokens }, (_, i) => 300 + (i * 7) % 200);
  const sessions = [];
  for (const m of models) {
    const sess = await session(m, threads);
    await generateOnce(sess, prompt, newTokens, kvHeads, headDim);
    sessions.push(sess);
  }
  const runs = models.map(() => []), cpuRuns = models.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < models.length; i++) {
      const t = await generateOnce(sessions[i], prompt, newTokens, kvHeads, headDim);
      runs[i].push(newTokens / (t.decodeMs / 1000));
      cpuRuns[i].push(newTokens / (t.decodeCpuMs / 1000));
    }
  }
  console.log(JSON.stringify({ runtime: 'onnxruntime-node ' + (ort.env.versions?.common ?? ''), threads, promptTokens, newTokens,
    rounds, models: models.map((m, i) => ({ model: m, decodeTokensPerSecond: runs[i], median: median(runs[i]),
      decodeTokensPerCpuSecond: cpuRuns[i], cpuMedian: median(cpuRuns[i]) })) }));
}

// Kernel time per operator type over the decode steps of one generation (the prefill run, the session's first
// timed run, is left out).
async function profileMode(threads, promptTokens, newTokens, kvHeads, headDim, model) {
  const prompt = Array.from({ length: promptTokens }, (_, i) => 300 + (i * 7) % 200);
  const warm = await session(model, threads);
  await generateOnce(warm, prompt, newTokens, kvHeads, headDim);
  const prefix = `${tmpdir()}/ortprof-${process.pid}`;
  const sess = await session(model, threads, { enableProfiling: true, profileFilePrefix: prefix });
  await generateOnce(sess, prompt, 2, kvHeads, headDim);
  const t = await generateOnce(sess, prompt, newTokens, kvHeads, headDim);
  await sess.endProfiling();
  await sess.release();
  const file = readdirSync(tmpdir()).filter(f => f.startsWith(`ortprof-${process.pid}`)).map(f => `${tmpdir()}/${f}`)[0];
  const events = JSON.parse(readFileSync(file, 'utf8'));
  const runs = events.filter(e => e.cat === 'Session' && e.name === 'model_run');
  const decodeRuns = runs.slice(-newTokens);
  const start = decodeRuns[0].ts;
  const byOp = {};
  for (const e of events) {
    if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time') || e.ts < start) continue;
    const op = e.args?.op_name ?? '?';
    byOp[op] = (byOp[op] ?? 0) + e.dur;
  }
  const perStep = Object.fromEntries(Object.entries(byOp).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, +(v / newTokens).toFixed(1)]));
  const runUs = decodeRuns.reduce((a, e) => a + e.dur, 0) / newTokens;
  console.log(JSON.stringify({ model, threads, decodeTokensPerSecond: newTokens / (t.decodeMs / 1000),
    runMicrosecondsPerStep: +runUs.toFixed(1), kernelMicrosecondsPerStep: perStep }));
  unlinkSync(file);
}

async function callsMode(threads, iters, rounds, hidden, models) {
  const sessions = [];
  for (const m of models) sessions.push(await session(m, threads));
  const xs = Array.from({ length: 64 }, (_, j) =>
    new ort.Tensor('float32', Float32Array.from({ length: hidden }, (_, q) => Math.sin(q * 0.37 + j)), [1, 1, hidden]));
  const us = models.map(() => []);
  for (let r = 0; r <= rounds; r++) {
    for (let i = 0; i < models.length; i++) {
      const c0 = process.cpuUsage();
      for (let j = 0; j < iters; j++) await sessions[i].run({ x: xs[j % xs.length] });
      const c = process.cpuUsage(c0);
      if (r > 0) us[i].push((c.user + c.system) / iters);  // round 0 warms up
    }
  }
  console.log(JSON.stringify({ threads, iters, rounds, models: models.map((m, i) => ({ model: m, cpuMicrosecondsPerRun: us[i], median: median(us[i]) })) }));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'run') await runMode(args[0], args[1], args[2]);
else if (mode === 'ppl') await pplMode(args[0], args[1], Number(args[2] || 512));
else if (mode === 'bench') await benchMode(args[0], Number(args[1]), Number(args[2]), Number(args[3]), Number(args[4]), Number(args[5] || 5));
else if (mode === 'alternate') await alternateMode(Number(args[0]), Number(args[1]), Number(args[2]), Number(args[3]), Number(args[4]), Number(args[5]), args.slice(6));
else if (mode === 'profile') await profileMode(Number(args[0]), Number(args[1]), Number(args[2]), Number(args[3]), Number(args[4]), args[5]);
else if (mode === 'calls') await callsMode(Number(args[0]), Number(args[1]), Number(args[2]), Number(args[3]), args.slice(4));
else { console.error('usage: node ort.mjs run|ppl|bench|alternate|profile|calls ...'); process.exit(2); }
