#!/usr/bin/env bash
# Hostile-input benchmarks (docs/hardening.md quotes them): the same bytes on one line and with line
# breaks, timed in one run (median of 5), and the time and peak memory of inputs that are refused.
# Usage: scripts/bench-hostile.sh path/to/termalign [path/to/../shared/parallel]
set -euo pipefail
termalign=$(realpath "$1")
parallel=${2:-../shared/parallel}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median wall time of five runs of a command, in seconds (its output discarded; a refusal is fine).
median() {
    local times=()
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -g | sed -n 3p
}

peak() { { /usr/bin/time -f %M "$@" 2>&1 >/dev/null || true; } | tail -n 1; }

ratio() { echo "scale=2; $1 / $2" | bc; }

# Real Russian sentences (the UN set) up to 4 MB: one sentence per line, and the same bytes with a
# space for every line break (text copied from a web page or a PDF).
if [[ -f $parallel/un_v1.0_devset.ru-zh-en.tsv ]]; then
    cut -f1 "$parallel/un_v1.0_devset.ru-zh-en.tsv" >"$work/sentences.txt"
else
    echo "no $parallel: the sentences are the bundled sample's (say so when quoting)" >&2
    cat Examples/sample/statement.ru.txt >"$work/sentences.txt"
fi
: >"$work/lines.ru.txt"
while [[ $(stat -c %s "$work/lines.ru.txt") -lt 4000000 ]]; do cat "$work/sentences.txt" >>"$work/lines.ru.txt"; done
tr '\n' ' ' <"$work/lines.ru.txt" >"$work/one-line.ru.txt"
# The bundled sample repeated: few words between the glossary's terms, so many more locations asked for.
: >"$work/dense-lines.ru.txt"
while [[ $(stat -c %s "$work/dense-lines.ru.txt") -lt 4000000 ]]; do cat Examples/sample/statement.ru.txt >>"$work/dense-lines.ru.txt"; done
tr '\n' ' ' <"$work/dense-lines.ru.txt" >"$work/dense-one-line.ru.txt"
for kind in "" dense-; do
    echo "document ${kind:-UN sentences}: $(stat -c %s "$work/${kind}lines.ru.txt") bytes, $(wc -l <"$work/${kind}lines.ru.txt") lines, or one line"
    for command in "find --format json" "find --format text --context 40" "segment --format json"; do
        lines=$(median "$termalign" $command "$work/${kind}lines.ru.txt")
        one=$(median "$termalign" $command "$work/${kind}one-line.ru.txt")
        printf '  %-34s lines %6.2f s   one line %6.2f s   ratio %s\n' "$command" "$lines" "$one" "$(ratio "$one" "$lines")"
    done
done

# A generated termbase of 60,000 terms as TBX, with its line breaks and minified to one line.
"$(dirname "$termalign")/termalign-bench" generate-glossary --terms 60000 --to tbx -o "$work/lines.tbx"
tr '\n' ' ' <"$work/lines.tbx" >"$work/one-line.tbx"
echo "termbase: $(stat -c %s "$work/lines.tbx") bytes, $(wc -l <"$work/lines.tbx") lines, or one line"
for command in "glossary stats" "glossary lint --format json"; do
    lines=$(median "$termalign" $command "$work/lines.tbx")
    one=$(median "$termalign" $command "$work/one-line.tbx")
    printf '  %-34s lines %6.2f s   one line %6.2f s   ratio %s\n' "$command" "$lines" "$one" "$(ratio "$one" "$lines")"
done

# A 1 MB YAML scalar aliased 2,000 times, converted to TBX: refused, in bounded time and memory.
python3 - "$work/aliases.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write('title: &big "' + "x" * 1_000_000 + '"\nconcepts:\n')
    for index in range(2000):
        out.write(f"  - id: c{index}\n    note: *big\n")
PY
start=$(date +%s.%N)
kb=$(peak "$termalign" glossary convert --to tbx "$work/aliases.yaml")
end=$(date +%s.%N)
printf '  YAML, 1 MB scalar aliased 2,000x     %s s, peak %s MB: %s\n' "$(echo "$end - $start" | bc)" "$((kb / 1024))" \
    "$("$termalign" glossary convert --to tbx "$work/aliases.yaml" 2>&1 >/dev/null | head -c 120)"

# 100 MB of U+FDFA (3 bytes that normalize to 33): refused at the bound, in bounded memory.
python3 -c "import sys; sys.stdout.write('\ufdfa' * 33_333_333)" >"$work/expansion.txt"
start=$(date +%s.%N)
kb=$(peak "$termalign" find --lang ru "$work/expansion.txt")
end=$(date +%s.%N)
printf '  find on 100 MB of U+FDFA             %s s, peak %s MB (%s x input): %s\n' "$(echo "$end - $start" | bc)" \
    "$((kb / 1024))" "$(echo "scale=1; $kb * 1024 / 100000000" | bc)" \
    "$("$termalign" find --lang ru "$work/expansion.txt" 2>&1 >/dev/null | head -c 140)"
