#!/usr/bin/env bash
# `termalign batch` of SETS statement-sized sets against separate `compare` runs of the same sets:
# the time per set of each, their ratio (the Corpus scale target is >= 20x), and a check that the
# batch's results are byte-identical to compare's. The sets alternate the bundled sample's 2023-style
# and 2022-style statements (three versions each). Timings are wall clock: run it on a quiet machine.
# Usage: scripts/bench-batch.sh TERMALIGN [SETS] [COMPARE_RUNS]
set -euo pipefail
tool=$(realpath "$1"); sets=${2:-1000}; runs=${3:-40}
cd "$(dirname "$0")/.."
sample=$(pwd)/Examples/sample
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
files=("statement.ru.txt statement.zh.txt statement.en.txt" "statement-2022.ru.txt statement-2022.zh.txt statement-2022.en.txt")
for ((i = 0; i < sets; i++)); do
    set -- ${files[$((i % 2))]}
    printf '{"id": "s%d", "documents": [{"path": "%s/%s"}, {"path": "%s/%s"}, {"path": "%s/%s"}]}\n' \
        "$i" "$sample" "$1" "$sample" "$2" "$sample" "$3"
done >"$work/manifest.jsonl"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
start=$(now); "$tool" batch "$work/manifest.jsonl" -o "$work/batch.jsonl" 2>/dev/null; batch=$(elapsed "$start")
start=$(now)
for ((i = 0; i < runs; i++)); do
    set -- ${files[$((i % 2))]}
    "$tool" compare --format json "$sample/$1" "$sample/$2" "$sample/$3" >"$work/compare-$((i % 2)).json"
done
compare=$(elapsed "$start")
for k in 0 1; do
    expected=$(tr -d '\n' <"$work/compare-$k.json")
    actual=$(sed -n "$((k + 1))p" "$work/batch.jsonl" | sed -E 's/^\{"id": "s[0-9]+", "comparison": //; s/\}$//')
    [[ "$expected" == "$actual" ]] || { echo "bench-batch: set s$k differs from compare's output" >&2; exit 1; }
done
cores=$(nproc)
awk -v sets="$sets" -v batch="$batch" -v runs="$runs" -v compare="$compare" -v cores="$cores" 'BEGIN {
    printf "batch: %d sets in %.2f s (%.1f ms/set, %d cores); compare: %d runs in %.2f s (%.1f ms/run)\n",
        sets, batch, batch * 1000 / sets, cores, runs, compare, compare * 1000 / runs
    printf "batch is %.1fx faster per set; results byte-identical to compare\n", (compare / runs) / (batch / sets)
}'
