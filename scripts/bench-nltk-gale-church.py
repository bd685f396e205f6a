#!/usr/bin/env python3
"""NLTK's Gale-Church aligner on the pairs `termalign-bench align --write DIR` generated, scored by
the same strict sentence-bead F1 (development oracle only; the product needs no Python).

Usage: scripts/bench-nltk-gale-church.py DIR      (needs: pip install nltk)

Each pair is `<name>.a.txt`, `<name>.b.txt` (one gold sentence per line, a blank line between
paragraphs) and `<name>.gold.tsv`. NLTK is given the gold sentences (it does not segment) and their
character lengths with side B scaled by the document's length ratio (its model assumes equal
lengths); paragraphs are aligned with align_texts when both sides have as many, otherwise the whole
document is one block.
"""
import sys
import time
from pathlib import Path

from nltk.translate import gale_church


def read_blocks(path):
    blocks, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line == "":
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def visible_length(sentence):
    return sum(1 for character in sentence if not character.isspace())


def beads_from_pairs(pairs, count_a, count_b):
    """Connected pairs → beads (a range, b range); unpaired sentences → 1-0 / 0-1 beads with the
    empty side as (0, 0), as the strict comparison of termalign does."""
    beads, used_a, used_b = [], set(), set()
    groups = []
    for i, j in sorted(pairs):
        if groups and (i in groups[-1][0] or j in groups[-1][1]):
            groups[-1][0].add(i)
            groups[-1][1].add(j)
        else:
            groups.append(({i}, {j}))
    for a, b in groups:
        beads.append(((min(a), max(a) + 1), (min(b), max(b) + 1)))
        used_a |= a
        used_b |= b
    beads += [((i, i + 1), (0, 0)) for i in range(count_a) if i not in used_a]
    beads += [((0, 0), (j, j + 1)) for j in range(count_b) if j not in used_b]
    return set(beads)


def gold_beads(path):
    beads = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        a, b = line.split("\t")
        a0, a1 = map(int, a.split("-"))
        b0, b1 = map(int, b.split("-"))
        beads.add(((a0, a1) if a1 > a0 else (0, 0), (b0, b1) if b1 > b0 else (0, 0)))
    return beads


def align(blocks_a, blocks_b):
    lengths_a = [[visible_length(s) for s in block] for block in blocks_a]
    lengths_b = [[visible_length(s) for s in block] for block in blocks_b]
    total_a, total_b = sum(map(sum, lengths_a)), sum(map(sum, lengths_b))
    scale = total_a / total_b if total_b else 1
    lengths_b = [[max(1, round(length * scale)) for length in block] for block in lengths_b]
    if len(lengths_a) != len(lengths_b):
        lengths_a = [[length for block in lengths_a for length in block]]
        lengths_b = [[length for block in lengths_b for length in block]]
    pairs, offset_a, offset_b = [], 0, 0
    for block_a, block_b in zip(lengths_a, lengths_b):
        for i, j in gale_church.align_blocks(block_a, block_b):
            pairs.append((i + offset_a, j + offset_b))
        offset_a += len(block_a)
        offset_b += len(block_b)
    return pairs


def main(directory):
    for pair_folder in sorted(p for p in Path(directory).iterdir() if p.is_dir()):
        gold_total = predicted_total = correct_total = 0
        seconds = 0.0
        failures = 0
        for gold_path in sorted(pair_folder.glob("*.gold.tsv")):
            name = gold_path.name[: -len(".gold.tsv")]
            blocks_a = read_blocks(pair_folder / f"{name}.a.txt")
            blocks_b = read_blocks(pair_folder / f"{name}.b.txt")
            gold = gold_beads(gold_path)
            start = time.perf_counter()
            try:
                pairs = align(blocks_a, blocks_b)
            except Exception:  # NLTK gives up on some inputs (no path): count as nothing found
                pairs, failures = [], failures + 1
            seconds += time.perf_counter() - start
            predicted = beads_from_pairs(pairs, sum(map(len, blocks_a)), sum(map(len, blocks_b)))
            gold_total += len(gold)
            predicted_total += len(predicted)
            correct_total += len(gold & predicted)
        precision = correct_total / predicted_total if predicted_total else 0
        recall = correct_total / gold_total if gold_total else 0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
        print(f"{pair_folder.name}  gold {gold_total}  P {precision * 100:.2f}  R {recall * 100:.2f}  "
              f"F1 {f1 * 100:.2f}  seconds {seconds:.2f}  failures {failures}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench-data/gale-church")
