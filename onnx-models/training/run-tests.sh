#!/usr/bin/env bash
# Runs the pipeline's Python unit tests with the first interpreter that has torch, onnx, numpy and regex.
# Without one: a clear skip, or a failure when PATENTDESK_REQUIRE_PYTHON_TESTS=1 (CI sets it).
cd "$(dirname "$0")" || exit 1
for py in "${PATENTDESK_PYTHON:-}" python3 /usr/bin/python3; do
  if [ -n "$py" ] && command -v "$py" >/dev/null 2>&1 && "$py" -c "import torch, onnx, numpy, regex" >/dev/null 2>&1; then
    exec "$py" tests/run_all.py
  fi
done
msg="Python pipeline tests skipped: no python3 with torch, onnx, numpy and regex (Debian: apt-get install python3-torch python3-onnx python3-numpy python3-regex)"
if [ "${PATENTDESK_REQUIRE_PYTHON_TESTS:-0}" = "1" ]; then
  echo "ERROR: $msg" >&2
  exit 1
fi
echo "$msg"
echo "Python: 0 passed, 0 failed (skipped)"
