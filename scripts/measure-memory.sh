#!/usr/bin/env bash
# Peak resident memory of `termalign` on a generated ~100 MB document per language, against the
# input size (the README quotes the ratios). Usage: scripts/measure-memory.sh path/to/termalign [MB]
set -euo pipefail
termalign=$1
megabytes=${2:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The bench corpus generator writes one file per language; scale it to the wanted size each.
"$(dirname "$termalign")/termalign-bench" text --megabytes $((megabytes * 3)) --runs 1 --save-corpus "$work" >/dev/null
for language in ru zh en; do
    input="$work/bench-$language.txt"
    size=$(stat -c %s "$input")
    for command in "normalize" "segment --unit sentence" "analyze"; do
        peak=$(/usr/bin/time -f %M "$termalign" $command "$input" 2>&1 >/dev/null | tail -n 1)
        awk -v l="$language" -v c="$command" -v s="$size" -v p="$peak" \
            'BEGIN { printf "%-3s %-24s input %6.1f MB  peak RSS %7.1f MB  (%.1fx input)\n", l, c, s/1e6, p/1024, p*1024/s }'
    done
done
