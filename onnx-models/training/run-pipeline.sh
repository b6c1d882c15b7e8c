#!/usr/bin/env bash
# Runs every stage of a configuration in order, skipping stages whose manifest already exists (delete a stage's
# folder under runs/NAME/ to redo it; pretrain and sft resume from their checkpoints).
#   ./run-pipeline.sh configs/default.json      (STAGES="sft export" ./run-pipeline.sh ... runs a subset)
# The vocabulary-size measurement is a one-off: STAGES=vocab ./run-pipeline.sh configs/default.json
set -euo pipefail
cd "$(dirname "$0")"
config="${1:-configs/default.json}"
py="${PATENTDESK_PYTHON:-/usr/bin/python3}"
# Every module the stages import, checked before hours of training rather than at the stage that needs it.
"$py" -m patentgpt.preflight || exit 1
run_dir="$("$py" -c 'import sys; from patentgpt.__main__ import load_config; print(load_config(sys.argv[1])["run_dir"])' "$config")"
mkdir -p "$run_dir/logs"
for stage in ${STAGES:-corpus tokenizer pretrain sft export quantize evaluate decoding compare samples card}; do
  done_manifest="$("$py" -c 'import sys; from patentgpt.__main__ import load_config; from patentgpt.stages import path
print(path(load_config(sys.argv[1]), sys.argv[2], "manifest.json"))' "$config" "$stage")"
  if [ "$stage" != card ] && [ -f "$done_manifest" ]; then
    echo "== $stage: done already ($done_manifest)"
    continue
  fi
  echo "== $stage ($(date -u +%H:%M:%S) UTC)"
  "$py" -m patentgpt "$stage" --config "$config" > "$run_dir/logs/$stage.log" 2>&1 || {
    echo "stage $stage failed; see $run_dir/logs/$stage.log" >&2
    tail -5 "$run_dir/logs/$stage.log" >&2
    exit 1
  }
done
echo "== finished ($(date -u +%H:%M:%S) UTC)"
