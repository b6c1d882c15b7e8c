#!/usr/bin/env bash
# Side by side: PatentDesk (Java) and onnxruntime-node decoding the same model greedily from the same prompt token
# ids, alternating ROUNDS times so both see the same machine load; prints each run and the medians.
#   bench/compare.sh MODEL_DIR [PROMPT_TOKENS] [NEW_TOKENS] [ROUNDS]
# Needs `cd bench && ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm install` once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
model="$(cd "$1" && pwd)"; n="${2:-128}"; m="${3:-128}"; rounds="${4:-5}"
ids="$(mktemp -t patentdesk-ids.XXXXXX.json)"
trap 'rm -f "$ids"' EXIT
java_runs=(); node_runs=()
for ((i = 0; i < rounds; i++)); do
  java_runs+=("$("$here/../patentdesk" bench --model "$model" --prompt-tokens "$n" --new-tokens "$m" --runs 3 --format json --write-ids "$ids")")
  node_runs+=("$(node "$here/node-bench.mjs" --model "$model" --ids "$ids" --runs 3 2>>"$ids.log")")
  echo "java: ${java_runs[-1]}"
  echo "node: ${node_runs[-1]}"
done
median() { node -e 'const k=process.argv[1];const v=process.argv.slice(2).map(j=>JSON.parse(j)[k]).sort((a,b)=>a-b);const h=v.length>>1;const m=v.length%2?v[h]:(v[h-1]+v[h])/2;console.log(+m.toPrecision(4))' "$@"; }
for key in decodeTokensPerSecond prefillTokensPerSecond timeToFirstTokenMs overheadFraction; do
  printf '%-24s java %10s   node %10s\n' "$key" "$(median "$key" "${java_runs[@]}")" "$(median "$key" "${node_runs[@]}")"
done
sort -u "$ids.log" >&2; rm -f "$ids.log"
