// Greedy decoding with the KV cache through onnxruntime-node, timed like `patentdesk bench`, on the same model and
// the same prompt token ids (written by `patentdesk bench --write-ids FILE`). Prints the same JSON object.
//
//   node node-bench.mjs --model DIR --ids FILE [--threads N] [--runs R] [--allow-spinning 1]
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import ort from 'onnxruntime-node';

function args() {
  const a = { threads: 0, runs: 3 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i].replace(/^--/, '');
    a[k] = ['threads', 'runs'].includes(k) ? Number(argv[i + 1]) : argv[i + 1];
  }
  if (!a.model || !a.ids) {
    console.error('usage: node node-bench.mjs --model DIR --ids FILE [--threads N] [--runs R]');
    process.exit(2);
  }
  return a;
}

/** Physical cores, as the Java engine counts them: distinct (physical id, core id) pairs in /proc/cpuinfo. */
function physicalCores() {
  try {
    const cores = new Set();
    for (const block of fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n\n')) {
      const p = /physical id\s*:\s*(\d+)/.exec(block);
      const c = /core id\s*:\s*(\d+)/.exec(block);
      if (c) cores.add(`${p ? p[1] : 0}/${c[1]}`);
    }
    if (cores.size > 0) return Math.min(cores.size, os.availableParallelism());
  } catch { /* not Linux */ }
  return os.availableParallelism();
}

function modelFiles(dir) {
  const read = (f) => (fs.existsSync(path.join(dir, f)) ? JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) : null);
  const genai = read('genai_config.json');
  const pd = read('patentdesk.json');
  let file = genai?.model?.decoder?.filename ?? null;
  if (!file) file = ['decoder_model_merged.onnx', 'model.onnx'].find((f) => fs.existsSync(path.join(dir, f)));
  const name = pd?.displayName ?? path.basename(path.resolve(dir));
  return { onnx: path.join(dir, file), name };
}

function halfToFloat(h) {
  const s = (h & 0x8000) ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}

function argmaxLastRow(logits) {
  const [, rows, vocab] = logits.dims;
  const data = logits.data;
  const base = (rows - 1) * vocab;
  const half = logits.type === 'float16';
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i < vocab; i++) {
    const v = half ? halfToFloat(data[base + i]) : data[base + i];
    if (v > bestValue) { bestValue = v; best = i; }
  }
  return best;
}

async function main() {
  const a = args();
  const { onnx, name } = modelFiles(a.model);
  const { promptIds, newTokens, generatedIds } = JSON.parse(fs.readFileSync(a.ids, 'utf8'));
  const threads = a.threads > 0 ? a.threads : physicalCores();
  const spin = a['allow-spinning'] === '1' ? '1' : '0'; // PatentDesk never spins; '1' only to measure what it costs
  // The same session settings as PatentDesk: all optimizations, sequential, N intra-op threads, no spinning.
  const session = await ort.InferenceSession.create(onnx, {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    extra: { session: { intra_op: { allow_spinning: spin }, inter_op: { allow_spinning: spin } } },
  });
  const inputs = session.inputNames;
  const layers = inputs.filter((n) => /^past_key_values\.\d+\.key$/.test(n)).length;
  const pastMeta = session.inputMetadata?.find?.((m) => m.name === 'past_key_values.0.key');
  const shape = pastMeta?.shape ?? [];
  const kvHeads = typeof shape[1] === 'number' ? shape[1] : null;
  const headSize = typeof shape[3] === 'number' ? shape[3] : null;
  const kvType = pastMeta?.type ?? 'float32';
  if (!kvHeads || !headSize) throw new Error('cannot read KV shape from the session metadata');
  const emptyPast = () => new ort.Tensor(kvType, kvType === 'float16' ? new Uint16Array(0) : new Float32Array(0),
    [1, kvHeads, 0, headSize]);
  const i64 = (values) => BigInt64Array.from(values, (v) => BigInt(v));

  async function generate() {
    let runNs = 0n;
    const start = process.hrtime.bigint();
    const feeds = {};
    const n = promptIds.length;
    feeds.input_ids = new ort.Tensor('int64', i64(promptIds), [1, n]);
    feeds.attention_mask = new ort.Tensor('int64', i64(new Array(n).fill(1)), [1, n]);
    if (inputs.includes('position_ids')) feeds.position_ids = new ort.Tensor('int64', i64([...Array(n).keys()]), [1, n]);
    if (inputs.includes('use_cache_branch')) feeds.use_cache_branch = new ort.Tensor('bool', [false], [1]);
    for (let l = 0; l < layers; l++) {
      feeds[`past_key_values.${l}.key`] = emptyPast();
      feeds[`past_key_values.${l}.value`] = emptyPast();
    }
    let out = await session.run(feeds);
    let token = argmaxLastRow(out.logits);
    const prefillDone = process.hrtime.bigint();
    const firstToken = prefillDone - start;
    const generated = [token];
    let length = n;
    const decodeStart = process.hrtime.bigint();
    while (generated.length < newTokens) {
      const f = {};
      f.input_ids = new ort.Tensor('int64', i64([token]), [1, 1]);
      f.attention_mask = new ort.Tensor('int64', i64(new Array(length + 1).fill(1)), [1, length + 1]);
      if (inputs.includes('position_ids')) f.position_ids = new ort.Tensor('int64', i64([length]), [1, 1]);
      if (inputs.includes('use_cache_branch')) f.use_cache_branch = new ort.Tensor('bool', [true], [1]);
      for (let l = 0; l < layers; l++) {
        f[`past_key_values.${l}.key`] = out[`present.${l}.key`];
        f[`past_key_values.${l}.value`] = out[`present.${l}.value`];
      }
      const t = process.hrtime.bigint();
      out = await session.run(f);
      runNs += process.hrtime.bigint() - t;
      length++;
      token = argmaxLastRow(out.logits);
      generated.push(token);
    }
    const decodeNs = process.hrtime.bigint() - decodeStart;
    return { prefillNs: Number(prefillDone - start), firstTokenNs: Number(firstToken), decodeNs: Number(decodeNs),
      runNs: Number(runNs), steps: newTokens - 1, generated };
  }

  const warm = Math.max(2, Math.ceil(1024 / newTokens));
  for (let i = 0; i < warm; i++) await generate();
  const runs = [];
  for (let i = 0; i < a.runs; i++) runs.push(await generate());
  const median = (f) => {
    const v = runs.map(f).sort((x, y) => x - y);
    return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  };
  const round = (v, d) => Math.round(v * 10 ** d) / 10 ** d;
  console.log(JSON.stringify({
    model: name,
    provider: 'cpu',
    threads,
    promptTokens: promptIds.length,
    newTokens,
    prefillTokensPerSecond: round(median((r) => promptIds.length * 1e9 / r.prefillNs), 1),
    decodeTokensPerSecond: round(median((r) => r.steps * 1e9 / r.decodeNs), 1),
    timeToFirstTokenMs: round(median((r) => r.firstTokenNs / 1e6), 2),
    overheadFraction: round(median((r) => (r.decodeNs - r.runNs) / r.decodeNs), 4),
  }));
  if (generatedIds) {
    const same = generatedIds.length === runs[0].generated.length && generatedIds.every((t, i) => t === runs[0].generated[i]);
    console.error(same ? `node-bench: the same ${generatedIds.length} greedy tokens as PatentDesk`
      : `node-bench: WARNING the greedy tokens differ from PatentDesk's: ${JSON.stringify(runs[0].generated.slice(0, 20))}`);
  }
}

main().catch((e) => { console.error(`node-bench: ${e.message}`); process.exit(2); });
