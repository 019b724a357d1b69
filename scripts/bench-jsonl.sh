#!/usr/bin/env bash
# Throughput and memory of `chaff --jsonl` on 1 thread and on every core.
#
#   scripts/bench-jsonl.sh [MB] [ROUNDS]     (default 200 MB, 5 rounds)
#
# Builds the release binary, writes a JSONL file of about MB megabytes made of
# the corpus texts in tests/data (one {"id", "text"} object a line, the texts
# repeated), then cleans it with --threads 1 on one core (pinned with taskset,
# where there is one: the reading and writing threads share that core) and
# with --threads 0 (one per core) on every core, under /usr/bin/time -v.
# Prints docs/s, MB/s of JSONL input (1 MB = 10^6 bytes), the speed-up, the
# CPU time and the peak RSS of each run; checks that both runs give the same
# output, in input order, line for line. The two runs take turns ROUNDS
# times, and the speed-up is the median of the rounds' (a shared machine's
# speed drifts from one minute to the next: one pair alone may be off by a
# fifth).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
rounds=${2:-5}
work=${TMPDIR:-/tmp}/chaff-bench-jsonl
mkdir -p "$work"
input=$work/corpus-${mb}mb.jsonl

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/chaff

if [ ! -s "$input" ]; then
  python3 - "$input" "$mb" <<'PY'
import json, pathlib, sys
out, mb = sys.argv[1], int(sys.argv[2])
files = sorted(pathlib.Path("tests/data/aeb/text").glob("*.txt")) + sorted(pathlib.Path("tests/data/traf/text").glob("*.txt"))
texts = [(f.stem, f.read_bytes().decode("utf-8", "replace")) for f in files]
size, n = 0, 0
with open(out, "w", encoding="utf-8") as o:
    while size < mb * 10**6:
        id_, text = texts[n % len(texts)]
        line = json.dumps({"id": f"{n}-{id_}", "text": text}, ensure_ascii=False) + "\n"
        o.write(line)
        size += len(line.encode("utf-8"))
        n += 1
PY
fi
bytes=$(stat -c %s "$input")
docs=$(wc -l < "$input")
echo "input: $input, $docs docs, $bytes bytes; $(nproc) cores"

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi

run() { # threads
  local t=$1 log=$work/time-$1.txt
  local cmd=("$bin" --jsonl --threads "$t")
  if [ "$t" = 1 ]; then cmd=("${pin[@]}" "${cmd[@]}"); fi
  /usr/bin/time -v "${cmd[@]}" < "$input" > "$work/out-$t.jsonl" 2> "$log"
  local secs rss cpu
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  cpu=$(awk -F': ' '/(User|System) time/ {s+=$2} END {print s}' "$log")
  awk -v t="$t" -v s="$secs" -v d="$docs" -v b="$bytes" -v r="$rss" -v c="$cpu" -v p="${#pin[@]}" \
    'BEGIN { printf "threads=%s%s  %.2f s  %.0f docs/s  %.1f MB/s  CPU %.2f s  peak RSS %.1f MB\n", (t==0?"all":t), (t==1&&p>0?" (one core)":""), s, d/s, b/1e6/s, c, r/1024 }'
  echo "$secs" > "$work/secs-$t"
}

ratios=()
for ((r = 1; r <= rounds; r++)); do
  run 1
  run 0
  cmp -s "$work/out-1.jsonl" "$work/out-0.jsonl" || { echo "outputs differ between 1 and all threads" >&2; exit 1; }
  [ "$(wc -l < "$work/out-0.jsonl")" = "$docs" ] || { echo "not one output line per input line" >&2; exit 1; }
  ratio=$(awk -v a="$(cat "$work/secs-1")" -v b="$(cat "$work/secs-0")" 'BEGIN { printf "%.2f", a/b }')
  echo "round $r: speed-up ${ratio}x"
  ratios+=("$ratio")
done
printf '%s\n' "${ratios[@]}" | sort -n | awk -v n="$rounds" '
  { r[NR] = $1; all = all (NR > 1 ? ", " : "") $1 }
  END { m = (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2; printf "speed-up, all cores over 1: median %.2fx of %d rounds (%s)\n", m, n, all }'
