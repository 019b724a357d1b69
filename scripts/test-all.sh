#!/usr/bin/env bash
# Runs every test of chaff: the one command of the README, and what CI runs.
#
#   bash scripts/test-all.sh
#
# Installs what is missing and reuses what is there: the wasm32 target,
# wasm-pack and wasm-bindgen-cli (scripts/build-wasm.sh), the npm packages,
# Chromium (the browser tests), cargo-fuzz (scripts/fuzz.sh).
#
# Steps run in order; a failing step does not stop the others. The last line
# counts the steps passed and failed, and the exit status is non-zero when one
# failed. FUZZ_SECONDS (default 60) bounds the fuzzing run.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

passed=0
failed=0
failures=()
step() {
  local name=$1
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    printf '=== %s: ok (%ss)\n' "$name" $((SECONDS - t0))
  else
    failed=$((failed + 1))
    failures+=("$name")
    printf '=== %s: FAILED (%ss)\n' "$name" $((SECONDS - t0))
  fi
}

# Rust: unit, doc and integration tests (seeds, corpus gate, properties, robustness, CLI)
step rust-tests cargo test --no-fail-fast
# Release-only tests: large adversarial inputs and linear time
step robust-release cargo test --release --test robust
step linear-release cargo test --release --test linear -- --ignored linear
# The quality figures, as the README quotes them
step eval cargo run --release --example eval
# Benchmarks build and check their expected results when run
step bench-build cargo bench --no-run
# WebAssembly package: build, then Node tests (API, errors, parity, pack, bundler, throughput)
step wasm-build bash scripts/build-wasm.sh
step node-tests npm test
# The page in headless Chromium
step browser-tests npm run test:browser
# Fuzzing, bounded
step fuzz bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

printf '\n'
if [ "$failed" -gt 0 ]; then
  printf 'failed steps: %s\n' "${failures[*]}"
fi
printf 'test-all: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
