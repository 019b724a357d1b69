#!/usr/bin/env bash
# Runs the `clean` fuzz target for SECONDS (default 60) and fails on any crash,
# panic, timeout or broken guarantee (see fuzz/fuzz_targets/clean.rs).
#
#   bash scripts/fuzz.sh [SECONDS]
#
# cargo-fuzz needs a nightly compiler; without one, the stable compiler is used
# with RUSTC_BOOTSTRAP=1. If the target cannot be built at all, the run is
# skipped with a message and exit status 0; a crash found exits non-zero and
# leaves the input under fuzz/artifacts/clean/.
set -euo pipefail

SECONDS_TO_RUN="${1:-60}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    if ! cargo install --locked cargo-fuzz; then
        echo "fuzz: SKIPPED: cargo-fuzz could not be installed"
        exit 0
    fi
fi

TOOLCHAIN=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    TOOLCHAIN=(+nightly)
else
    export RUSTC_BOOTSTRAP=1
fi

# Its own target directory, out of the way of the other builds.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/fuzz/target}"

if ! cargo "${TOOLCHAIN[@]}" fuzz build --sanitizer none clean >/tmp/chaff-fuzz-build.$$ 2>&1; then
    tail -n 20 /tmp/chaff-fuzz-build.$$
    rm -f /tmp/chaff-fuzz-build.$$
    echo "fuzz: SKIPPED: the fuzz target could not be built (cargo-fuzz needs a nightly compiler or RUSTC_BOOTSTRAP=1)"
    exit 0
fi
rm -f /tmp/chaff-fuzz-build.$$

# New inputs go to fuzz/corpus/clean (ignored by git); fuzz/seeds/clean is read only.
mkdir -p fuzz/corpus/clean
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
# -max_len=4096 is libFuzzer's default, set explicitly so that the seeds do not
# change it; -timeout=1 is libFuzzer's smallest (the target itself fails any
# input that takes over 100 ms twice in a row).
set +e
cargo "${TOOLCHAIN[@]}" fuzz run --sanitizer none clean fuzz/corpus/clean fuzz/seeds/clean -- \
    -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=1 -rss_limit_mb=2048 \
    -print_final_stats=1 2>&1 | tee "$LOG" | grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse)|# Uses: |recommended dictionary'
status=${PIPESTATUS[0]}
set -e
runs=$(grep -E '^stat::number_of_executed_units:' "$LOG" | awk '{print $2}' | tail -n 1)
echo "fuzz: ${runs:-0} executions in ${SECONDS_TO_RUN} s, exit status $status"
exit "$status"
