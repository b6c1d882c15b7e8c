#!/usr/bin/env bash
# Decode speed and first-token latency of each graph-layout fixture (local-inference/src/test/resources/models: the
# tiny models the project's exporter writes in each export layout the engine reads), through `patentdesk bench`.
#   bench/layouts.sh [PROMPT_TOKENS] [NEW_TOKENS] [RUNS]
# Prints one JSON line per fixture, then a table. The fixtures are random-weight and tiny: the figures show the
# engine's per-step cost for each layout (feeding, cache hand-over, 16-bit conversion), not a real model's speed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
models="$here/../local-inference/src/test/resources/models"
n="${1:-128}"; m="${2:-64}"; runs="${3:-5}"
fixtures=(tiny-genai tiny-optimum tiny-merged tiny-external tiny-genai-fp16 tiny-combined tiny-int32 tiny-bf16 \
  tiny-gqa tiny-gqa-int4 tiny-gqa-seqlens)
rows=()
for f in "${fixtures[@]}"; do
  line="$("$here/../patentdesk" bench --model "$models/$f" --prompt-tokens "$n" --new-tokens "$m" --runs "$runs" \
    --format json)"
  echo "$f $line"
  rows+=("$f $line")
done
printf '\n%-18s %14s %16s %16s\n' fixture decode_tok/s first_token_ms prefill_tok/s
for r in "${rows[@]}"; do
  node -e 'const [f, ...j] = process.argv[1].split(" "); const o = JSON.parse(j.join(" "));
    console.log(f.padEnd(18), String(o.decodeTokensPerSecond).padStart(14), String(o.timeToFirstTokenMs).padStart(16),
      String(o.prefillTokensPerSecond).padStart(16));' "$r"
done
