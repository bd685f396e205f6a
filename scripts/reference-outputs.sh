#!/usr/bin/env bash
# Writes the outputs of every subcommand on the bundled sample (and on ../shared/corpus when present)
# into a folder, so that two builds can be compared byte for byte:
#   scripts/reference-outputs.sh BIN OUT_DIR        then   diff -r OLD_DIR NEW_DIR
# A command's exit status is kept beside its output (NAME.status): a failure is an output too.
set -euo pipefail
bin=$(realpath "$1")
out=$2
cd "$(dirname "$0")/.."
mkdir -p "$out"
sample=Examples/sample
shared=../shared/corpus

run() {
    local name=$1; shift
    set +e
    "$bin" "$@" >"$out/$name" 2>"$out/$name.stderr"
    echo $? >"$out/$name.status"
    set -e
}

three=("$sample/statement.ru.txt" "$sample/statement.zh.txt" "$sample/statement.en.txt")
three2022=("$sample/statement-2022.ru.txt" "$sample/statement-2022.zh.txt" "$sample/statement-2022.en.txt")
for format in text json md html; do
    run "compare.$format" compare --format "$format" --color never "${three[@]}"
    run "compare-2022.$format" compare --format "$format" --color never "${three2022[@]}"
    run "compare-paragraph.$format" compare --unit paragraph --format "$format" --color never "${three[@]}"
done
if [[ -d $shared ]]; then
    run corpus-readout.json compare --format json "$shared/2022-02-25-xi-putin-call-prc-readout.zh.txt" \
        "$shared/2022-02-25-xi-putin-call-prc-readout.en.txt"
    run corpus-statement.json compare --format json "$shared/2022-02-04-joint-statement.zh.txt" \
        "$shared/2022-02-04-joint-statement.en.txt"
    run corpus-readout.txt compare --color never "$shared/2022-02-25-xi-putin-call-prc-readout.zh.txt" \
        "$shared/2022-02-25-xi-putin-call-prc-readout.en.txt"
fi
for format in text json md; do
    run "diff-terms.$format" diff-terms --format "$format" "$sample/statement-2022.en.txt" "$sample/statement.en.txt"
done
for format in text json tsv; do
    run "find.$format" find --format "$format" --context 20 "${three[@]}"
    run "align.$format" align --format "$format" "${three[@]}"
done
run align-glossary.json align --format json --glossary glossaries/china-russia-joint-statements.yaml "${three[@]}"
for language in ru zh en; do
    run "analyze.$language.json" analyze "$sample/statement.$language.txt"
    run "analyze.$language.text" analyze --format text "$sample/statement.$language.txt"
    run "segment.$language.json" segment "$sample/statement.$language.txt"
    run "segment.$language.text" segment --format text "$sample/statement.$language.txt"
    run "normalize.$language" normalize "$sample/statement.$language.txt"
done
glossary=glossaries/china-russia-joint-statements.yaml
run glossary-stats.text glossary stats "$glossary"
run glossary-stats.json glossary stats --format json "$glossary"
run glossary-lint.text glossary lint "$glossary"
run glossary-show glossary show "$glossary"
for format in yaml tbx csv tsv; do
    run "glossary-convert.$format" glossary convert --to "$format" "$glossary"
done
run compare-tbx.json compare --format json --glossary glossaries/china-russia-joint-statements.tbx "${three[@]}"
echo "reference outputs: $(ls "$out" | wc -l) files in $out"
