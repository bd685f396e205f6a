#!/usr/bin/env bash
# Packs termalign with the shared libraries it loads and the Hunspell dictionaries into one archive
# that runs where neither Swift, ICU nor Hunspell is installed (x86-64 Linux with a glibc at least as
# new as the build machine's): what a Spark cluster's executors receive with --archives. The archive
# holds `run` (sets the library path and the dictionary folder, then runs the tool), bin/, lib/ and
# share/hunspell/.
# Usage: scripts/spark/pack.sh TERMALIGN OUT.tar.gz
set -euo pipefail
tool=$(realpath "$1"); out=$(realpath -m "$2")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pack=$work/termalign
mkdir -p "$pack/bin" "$pack/lib" "$pack/share/hunspell"
cp "$tool" "$pack/bin/termalign"
# glibc's own libraries stay the system's: they must match the system's loader and kernel.
is_glibc() { case $(basename "$1") in libc.so.*|libm.so.*|libpthread.so.*|libdl.so.*|librt.so.*|ld-linux*) return 0;; esac; return 1; }
while read -r library; do
    is_glibc "$library" || cp -L "$library" "$pack/lib/"
done < <(ldd "$tool" | awk '$3 ~ /^\// { print $3 }')
for dictionary in ru_RU en_US; do
    cp -L "/usr/share/hunspell/$dictionary.aff" "/usr/share/hunspell/$dictionary.dic" "$pack/share/hunspell/"
done
cat >"$pack/run" <<'RUN'
#!/bin/sh
here=$(cd "$(dirname "$0")" && pwd)
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" TERMALIGN_DICTIONARIES="$here/share/hunspell" \
    exec "$here/bin/termalign" "$@"
RUN
chmod +x "$pack/run"
# Every library the packed tool loads must come from the pack, or be glibc's.
while read -r library; do
    [[ "$library" == "$pack/lib/"* ]] || is_glibc "$library" || { echo "pack: $library is not in the pack" >&2; exit 1; }
done < <(LD_LIBRARY_PATH="$pack/lib" ldd "$pack/bin/termalign" | awk '$3 ~ /^\// { print $3 }')
tar -C "$pack" -czf "$out" .
echo "pack: $out ($(du -h "$out" | cut -f1))"
