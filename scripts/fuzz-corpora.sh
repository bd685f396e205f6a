#!/usr/bin/env bash
# Seeds the fuzzers' corpora from the project's own files (never overwriting what a fuzzer found):
# the sample texts for the text layer, the shipped glossary and the test fixtures for the readers.
# Usage: scripts/fuzz-corpora.sh CORPUS_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$1
mkdir -p "$corpus"/{TermAlignFuzz,FuzzYAMLGlossary,FuzzTBXGlossary,FuzzCSVGlossary,FuzzInputs}
cp -n Examples/sample/*.txt "$corpus/TermAlignFuzz/"
cp -n glossaries/*.yaml Tests/TermAlignGlossaryTests/Fixtures/*.yaml "$corpus/FuzzYAMLGlossary/"
cp -n glossaries/*.tbx Tests/TermAlignGlossaryTests/Fixtures/*.tbx "$corpus/FuzzTBXGlossary/"
cp -n Tests/TermAlignGlossaryTests/Fixtures/*.csv Tests/TermAlignGlossaryTests/Fixtures/*.tsv "$corpus/FuzzCSVGlossary/"
# Small pieces of the shipped glossary, so that mutations reach deep structure within max_len.
head -c 6000 glossaries/china-russia-joint-statements.yaml >"$corpus/FuzzYAMLGlossary/shipped-head.yaml"
head -c 6000 glossaries/china-russia-joint-statements.tbx >"$corpus/FuzzTBXGlossary/shipped-head.tbx"
# The input readers: the first byte picks the reader (0 HTML, 1 XLIFF, 2 TMX), as FuzzInputs reads it.
for pair in "0:page.html" "1:bilingual.xlf" "2:three.tmx"; do
    target="$corpus/FuzzInputs/${pair#*:}"
    [[ -e "$target" ]] || { printf "\\$(printf '%03o' "${pair%%:*}")"; cat "Tests/TermAlignInputsTests/Fixtures/${pair#*:}"; } >"$target"
done
