#!/usr/bin/env bash
# `termalign compare` of the bundled sample with a warm start-up cache against a C program that reads
# the same three files and runs ICU NFKC_Casefold over them (scripts/startup-baseline.c): the median
# wall time of each over RUNS runs, alternating, and their ratio (the Corpus scale target is <= 10x).
# Usage: scripts/bench-startup.sh TERMALIGN [RUNS]
set -euo pipefail
tool=$(realpath "$1"); runs=${2:-31}
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/baseline" scripts/startup-baseline.c $(pkg-config --cflags --libs icu-uc)
files=(Examples/sample/statement.ru.txt Examples/sample/statement.zh.txt Examples/sample/statement.en.txt)
"$tool" compare --cache "$work/cache" --format json "${files[@]}" >/dev/null   # fills the cache
elapsed() { local start=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( $(date +%s%N) - start )); }
for ((i = 0; i < runs; i++)); do
    elapsed "$tool" compare --cache "$work/cache" --format json "${files[@]}" >>"$work/termalign.ns"
    elapsed "$work/baseline" "${files[@]}" >>"$work/baseline.ns"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
awk -v t="$(median "$work/termalign.ns")" -v b="$(median "$work/baseline.ns")" -v runs="$runs" 'BEGIN {
    printf "compare, warm cache: %.1f ms; C baseline: %.2f ms (medians of %d); ratio %.1fx\n", t / 1e6, b / 1e6, runs, t / b
}'
