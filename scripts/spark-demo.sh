#!/usr/bin/env bash
# `make spark-demo`: termalign track and batch on Apache Spark in local mode, checked against one
# process. Installs pyspark (PyPI) and Java 17 (Debian) when missing, generates a dated corpus and a
# batch manifest from ../shared/parallel, packs termalign as executors receive it, runs both jobs,
# and fails unless Spark's results have the bytes of the single-process ones and the tracking's
# counts of the planted concepts are the planted ones.
# Usage: scripts/spark-demo.sh TERMALIGN TERMALIGN_BENCH [DOCUMENTS] [SETS]
set -euo pipefail
tool=$(realpath "$1"); bench=$(realpath "$2"); documents=${3:-3000}; sets=${4:-200}
cd "$(dirname "$0")/.."
command -v java >/dev/null 2>&1 || scripts/install-deps.sh openjdk-17-jre-headless
python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install --quiet pyspark
work=bench-data/spark
mkdir -p "$work"
"$bench" corpus --parallel ../shared/parallel --documents "$documents" --sets "$sets" --write "$work"
scripts/spark/pack.sh "$tool" "$work/termalign.tar.gz"
"$tool" track "$work/corpus.jsonl" -o "$work/single.json" 2>/dev/null
"$tool" batch "$work/manifest.jsonl" -o "$work/single-batch.jsonl" 2>/dev/null
spark() { python3 scripts/spark/termalign_spark.py "$@" --pack "$work/termalign.tar.gz" --master "local[2]" --partitions 8; }
spark track "$work/corpus.jsonl" -o "$work/spark.json"
spark batch "$work/manifest.jsonl" -o "$work/spark-batch.jsonl"
cmp "$work/single.json" "$work/spark.json" || { echo "spark-demo: Spark's tracking differs from one process's" >&2; exit 1; }
cmp "$work/single-batch.jsonl" "$work/spark-batch.jsonl" || { echo "spark-demo: Spark's batch differs from one process's" >&2; exit 1; }
"$tool" track --merge "$work/spark.json" -o "$work/spark.csv"
"$tool" track --merge "$work/spark.json" -o "$work/tracking.html"
planted='^(special-military-operation|ukraine-crisis|multipolar-world|nato-enlargement),'
if ! diff <(tail -n +2 "$work/planted.csv" | LC_ALL=C sort) <(tr -d '\r' <"$work/spark.csv" | grep -E "$planted" | LC_ALL=C sort) >/dev/null; then
    echo "spark-demo: the tracking's counts of the planted concepts differ from $work/planted.csv" >&2
    exit 1
fi
echo "spark-demo: track of $documents documents and batch of $sets sets on Spark (local[2], 8 partitions):"
echo "  results byte-identical to one process; planted counts found exactly; timeline: $work/tracking.html"
