#!/bin/sh
# Refreshes the TBX export of the shipped glossary (glossaries/china-russia-joint-statements.tbx) after
# the YAML is edited (`make glossary`); a test fails while the two differ. The library itself embeds
# the YAML at build time (the EmbedText plugin), so there is nothing else to regenerate.
set -eu
cd "$(dirname "$0")/.."
.build/debug/termalign glossary convert glossaries/china-russia-joint-statements.yaml --to tbx \
    --output glossaries/china-russia-joint-statements.tbx
