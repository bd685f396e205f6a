"""Runs `termalign track` or `termalign batch` over a JSON Lines corpus on Apache Spark.

Spark splits the corpus into partitions; each executor runs the packed termalign (scripts/spark/pack.sh,
shipped to every executor as an archive) on its partition, one process per partition. For `track`
the partitions' trackings are merged pairwise with `termalign track --merge` as Spark's reduce: the
merge is associative and commutative, so the result has the bytes of one `termalign track` of the
whole corpus. For `batch` the result lines come back in the corpus's order, as one `termalign batch`
writes them.

Local mode (what `make spark-demo` runs):
    python3 scripts/spark/termalign_spark.py track corpus.jsonl -o tracking.json --pack termalign.tar.gz
On a cluster, give --master (or run it through spark-submit, which sets the master) and put the
corpus where every executor can read it (HDFS, S3). docs/corpus-scale.md says more.
"""

import argparse
import os
import subprocess
import sys
import tempfile

from pyspark import SparkConf, SparkFiles
from pyspark.sql import SparkSession


def tool(pack_name):
    """The packed termalign, where Spark unpacked the archive on this executor."""
    return os.path.join(SparkFiles.get(pack_name), "run")


def run(pack_name, arguments, allowed=(0,)):
    """Runs the packed termalign; fails the task, with termalign's message, on another exit status."""
    done = subprocess.run([tool(pack_name)] + arguments, capture_output=True)
    # What termalign reports (documents left out, sets that failed) goes to the executor's log.
    sys.stderr.write(done.stderr.decode("utf-8", "replace"))
    if done.returncode not in allowed:
        raise RuntimeError("termalign %s: exit %d: %s" % (arguments[0], done.returncode, done.stderr.decode("utf-8", "replace")))
    return done


def run_on_partition(pack_name, lines, arguments, allowed=(0,)):
    """Writes a partition's lines to a file, runs the packed termalign on it with `arguments` (where
    INPUT and OUTPUT stand for the two files), and returns what it wrote to OUTPUT."""
    with tempfile.TemporaryDirectory() as folder:
        given, written = os.path.join(folder, "input.jsonl"), os.path.join(folder, "output")
        with open(given, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(line + "\n")
        run(pack_name, [{"INPUT": given, "OUTPUT": written}.get(word, word) for word in arguments], allowed)
        with open(written, encoding="utf-8") as result:
            return result.read()


def track_partition(pack_name, options):
    def track(lines):
        yield run_on_partition(pack_name, lines, ["track", "INPUT", "--threads", "1", "-o", "OUTPUT"] + options)
    return track


def merge_trackings(pack_name):
    def merge(left, right):
        with tempfile.TemporaryDirectory() as folder:
            paths = [os.path.join(folder, name) for name in ("left.json", "right.json", "merged.json")]
            for path, text in zip(paths, (left, right)):
                with open(path, "w", encoding="utf-8") as out:
                    out.write(text)
            run(pack_name, ["track", "--merge", paths[0], paths[1], "-o", paths[2]])
            with open(paths[2], encoding="utf-8") as result:
                return result.read()
    return merge


def batch_partition(pack_name, options):
    def batch(lines):
        # Exit status 2 with results: some sets could not be compared, and their lines say why.
        written = run_on_partition(pack_name, lines, ["batch", "INPUT", "--threads", "1", "-o", "OUTPUT"] + options, (0, 2))
        # Only "\n" ends a line: splitlines() would also split at U+2028 or U+0085 inside a string.
        for line in written.split("\n"):
            if line:
                yield line
    return batch


def main():
    parser = argparse.ArgumentParser(description="termalign track or batch on Apache Spark")
    parser.add_argument("command", choices=["track", "batch"])
    parser.add_argument("corpus", help="the corpus (track) or manifest (batch), JSON Lines, with inline text or absolute paths")
    parser.add_argument("-o", "--output", required=True, help="where the driver writes the result")
    parser.add_argument("--pack", required=True, help="the archive scripts/spark/pack.sh wrote")
    parser.add_argument("--master", default=None, help="Spark master; default: spark-submit's, else local[*]")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--options", default="", help="more termalign options, e.g. \"--period year\"")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("termalign-" + args.command).config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    elif not SparkConf().contains("spark.master"):
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("ERROR")
    context.addArchive(os.path.abspath(args.pack))
    pack_name = os.path.basename(args.pack)
    options = args.options.split()
    # A local path is made absolute for the executors; hdfs://, s3a:// and the like are left as given.
    corpus = args.corpus if "://" in args.corpus else os.path.abspath(args.corpus)
    lines = context.textFile(corpus, minPartitions=args.partitions).filter(lambda line: line.strip())
    if lines.getNumPartitions() == 0:
        # An empty file has no partitions; one empty partition gives the tracking of no documents.
        lines = context.parallelize([], 1)

    if args.command == "track":
        shards = lines.mapPartitions(track_partition(pack_name, options))
        merged = shards.treeReduce(merge_trackings(pack_name))
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(merged)
    else:
        results = lines.mapPartitions(batch_partition(pack_name, options)).collect()
        with open(args.output, "w", encoding="utf-8") as out:
            for line in results:
                out.write(line + "\n")
    spark.stop()


if __name__ == "__main__":
    main()
