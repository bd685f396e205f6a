#!/usr/bin/env bash
# Installs the Debian packages TermAlign builds and runs with, when they are missing.
# Idempotent: does nothing (and needs no privileges) when everything is present.
# Usage: scripts/install-deps.sh PACKAGE...
set -euo pipefail

missing=()
for package in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "termalign setup: missing ${missing[*]}, and apt-get is not available." >&2
    echo "Install the equivalent packages with your system's package manager." >&2
    exit 1
fi
if [[ $(id -u) -eq 0 ]]; then
    run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run=(sudo -n)
else
    echo "termalign setup: missing Debian packages: ${missing[*]}" >&2
    echo "Run as root, or with sudo rights: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi
echo "termalign setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
