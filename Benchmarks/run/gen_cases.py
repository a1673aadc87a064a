#!/usr/bin/env python3
"""Writes N random complete cases for the engine fixture tree (Tests/Fixtures/engine/back-numbness.yaml, the 1.0.0 shipped tree, frozen) as JSON Lines.

Answers mix the forms dtree accepts: labels in varied case, 1-based numbers, and for the
checklist arrays of labels or numbers, `[]`, `"none"` or `0`. Every case reaches an outcome,
and every outcome occurs. Deterministic for a given seed.

    python3 Benchmarks/run/gen_cases.py 1000000 > /tmp/cases.jsonl      # seed 1
    python3 Benchmarks/run/gen_cases.py 1000 7 > small.jsonl
"""
import json
import random
import sys

ITEMS = ["Numbness comes back regularly", "Pain increases with movement", "Tingling",
         "Dizzy when standing up", "Active urination"]
FINDINGS = ["kidney or prostate", "ovaries", "nerves or spine", "no serious cause"]


def checklist(rng):
    if rng.random() < 0.75:  # most patients have no warning sign
        return rng.choice([[], "none", 0, "0"])
    chosen = rng.sample(range(5), rng.randint(1, 3))
    return rng.choice([[ITEMS[i] for i in chosen], [i + 1 for i in chosen], ", ".join(ITEMS[i].lower() for i in chosen)])


def question(rng, labels):
    index = rng.randrange(len(labels))
    return rng.choice([labels[index], labels[index].upper(), index + 1])


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    write = sys.stdout.write
    for _ in range(count):
        case = {"red_flags": checklist(rng)}
        flags = case["red_flags"]
        if flags in ([], "none", 0, "0"):
            case["recurring"] = question(rng, ["yes", "no"])
            if case["recurring"] in ("yes", "YES", 1):
                case["injury"] = question(rng, ["yes", "no"])
                if case["injury"] in ("no", "NO", 2):
                    case["therapist_finding"] = question(rng, FINDINGS)
        write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
