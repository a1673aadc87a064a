#!/usr/bin/env python3
"""Writes a pair of trees and their cases for the number-node batch benchmark
(Benchmarks/run/numbers-vs-questions.sh): a chain of N number nodes (0 to 120, whole numbers,
three ranges each) and the same chain of N questions (three answers each), each node's edges
leading to the next node, the last to three outcomes; and CASES cases for each, seeded, the
same walk in both (a value in a range for the numbers, that range's answer for the questions).

Usage: gen_numbers.py N CASES OUT_DIR"""
import json
import random
import sys
from pathlib import Path

n, cases, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
RANGES = ["< 18", "18 ..< 65", ">= 65"]
ANSWERS = ["young", "adult", "older"]


def tree(kind):
    lines = [f"tree: bench-{kind}", f"title: Benchmark chain of {kind} nodes", "start: n0", "nodes:"]
    for i in range(n):
        targets = [f"n{i + 1}"] * 3 if i + 1 < n else ["end0", "end1", "end2"]
        lines.append(f"  n{i}:")
        if kind == "numbers":
            lines += [f"    number: Value {i}?", "    unit: years", "    min: 0", "    max: 120", "    integer: true", "    ranges:"]
            lines += [f'      "{r}": {t}' for r, t in zip(RANGES, targets)]
        else:
            lines += [f"    question: Value {i}?", "    answers:"]
            lines += [f"      {a}: {t}" for a, t in zip(ANSWERS, targets)]
    lines += [f"  end{k}: {{outcome: End {k}}}" for k in range(3)]
    return "\n".join(lines) + "\n"


out.mkdir(parents=True, exist_ok=True)
(out / "numbers.yaml").write_text(tree("numbers"))
(out / "questions.yaml").write_text(tree("questions"))
rng = random.Random(23)
with open(out / "numbers.jsonl", "w") as numbers, open(out / "questions.jsonl", "w") as questions:
    for _ in range(cases):
        values = [rng.randint(0, 120) for _ in range(n)]
        numbers.write(json.dumps({f"n{i}": v for i, v in enumerate(values)}) + "\n")
        picks = [0 if v < 18 else 1 if v < 65 else 2 for v in values]
        questions.write(json.dumps({f"n{i}": ANSWERS[p] for i, p in enumerate(picks)}) + "\n")
