#!/usr/bin/env bash
# Builds the DocC documentation of every library target (combined, so articles link across modules)
# with warnings as errors, then fails if a public symbol declared in Sources/ has no doc comment.
# Usage: scripts/check-docs.sh   (the archive: .build/plugins/Swift-DocC/outputs/TermAlign.doccarchive)
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(TermAlignText TermAlignInputs TermAlignGlossary TermAlignMatching TermAlignAlignment TermAlignComparison TermAlignTracking TermAlignReports TermAlign)
arguments=()
for target in "${targets[@]}"; do arguments+=(--target "$target"); done
swift package generate-documentation "${arguments[@]}" --enable-experimental-combined-documentation \
    --warnings-as-errors 2>&1 | tee .build/docc.log | grep -E "^(warning|error)|Generated" || true
# SwiftPM's note that a dependency ships a file it does not declare (ZIPFoundation's privacy manifest)
# is about that package, not about this documentation.
if grep -E "^(warning|error):" .build/docc.log | grep -vqE "^warning: '[a-z0-9-]+': found [0-9]+ file\(s\) which are unhandled"; then
    echo "check-docs: DocC reported warnings (see .build/docc.log)" >&2
    exit 1
fi
python3 - <<'PY'
import glob, json, sys
missing = []
for path in sorted(glob.glob(".build/*/extracted-symbols/main/*/*.symbols.json")):
    for symbol in json.load(open(path))["symbols"]:
        uri = symbol.get("location", {}).get("uri", "")
        # Extension blocks carry no documentation of their own; synthesized members have no location.
        if "/Sources/" not in uri or symbol["kind"]["identifier"] == "swift.extension" or symbol.get("docComment"):
            continue
        line = symbol["location"]["position"]["line"] + 1
        missing.append(f"Sources/{uri.split('/Sources/', 1)[1]}:{line}: {'.'.join(symbol['pathComponents'])} has no doc comment")
for entry in missing:
    print(entry, file=sys.stderr)
if missing:
    sys.exit(f"check-docs: {len(missing)} public symbols without documentation")
print("check-docs: every public symbol is documented; DocC reported no warnings")
PY
