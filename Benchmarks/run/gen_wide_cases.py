#!/usr/bin/env python3
"""Writes N random complete cases, as JSON Lines, for a tree from `dtree-gen wide NODES`.

Each case answers every question on one random path from n0 to a leaf (about log2(NODES)
answers), with labels in varied case and 1-based numbers, as gen_cases.py does for the
shipped tree. Deterministic for a given seed. Used to check that the cost per answer of
`dtree run --cases` stays flat as trees grow.

    python3 Benchmarks/run/gen_wide_cases.py 2000 100000 > /tmp/wide-cases.jsonl
"""
import json
import random
import sys


def main():
    nodes, count = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    answers_total = 0
    out = sys.stdout
    for _ in range(count):
        case, i = {}, 0
        while 2 * i + 1 < nodes:
            left = 2 * i + 1
            right = 2 * i + 2 if 2 * i + 2 < nodes else left
            index = rng.randrange(2)
            label = ["yes", "no"][index]
            case[f"n{i}"] = rng.choice([label, label.upper(), index + 1])
            i = [left, right][index]
        answers_total += len(case)
        out.write(json.dumps(case, separators=(",", ":")) + "\n")
    print(f"{answers_total} answers", file=sys.stderr)


main()
