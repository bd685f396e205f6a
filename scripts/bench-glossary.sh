#!/usr/bin/env bash
# Load time and peak memory of a generated 1,000,000-term TBX (docs/glossary.md quotes them), and how fast
# hostile TBX is refused. Usage: scripts/bench-glossary.sh path/to/termalign [terms] [runs]
# (termalign-bench, which generates the TBX, is taken from the same folder).
set -euo pipefail
termalign=$1
terms=${2:-1000000}
runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$(dirname "$termalign")/termalign-bench" generate-glossary --terms "$terms" --output "$work/big.tbx"
size=$(stat -c %s "$work/big.tbx")
echo "generated $terms terms: $((size / 1000000)) MB of TBX"
for run in $(seq "$runs"); do
    /usr/bin/time -f "run $run: load + stats %e s, peak RSS %M KB" "$termalign" glossary stats "$work/big.tbx" >/dev/null
done
for hostile in billion-laughs external-entity; do
    /usr/bin/time -f "$hostile.tbx refused in %e s, peak RSS %M KB" \
        "$termalign" glossary stats "Tests/TermAlignGlossaryTests/Fixtures/$hostile.tbx" 2>&1 | tail -n 1 || true
done
