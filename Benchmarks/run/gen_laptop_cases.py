#!/usr/bin/env python3
"""Writes N random complete cases for docs/examples/laptop.yaml (number questions) as JSON Lines.

Budgets and battery hours are JSON numbers (whole euros; hours with or without a fraction) or
strings with the unit typed after them; `heavy_work` is `yes`/`no` in varied case or 1/2.
Every case reaches an outcome. Deterministic for a given seed.

    python3 Benchmarks/run/gen_laptop_cases.py 100000 > /tmp/laptop-cases.jsonl      # seed 1
"""
import json
import random
import sys


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    write = sys.stdout.write
    for _ in range(count):
        budget = rng.randrange(0, 3001)
        case = {"budget": rng.choice([budget, budget, f"{budget} EUR"])}
        heavy = budget >= 1200 and rng.random() < 0.5
        if budget >= 1200:
            case["heavy_work"] = rng.choice(["yes", "YES", 1]) if heavy else rng.choice(["no", "No", 2])
        if not heavy and budget >= 400:
            hours = rng.choice([rng.randrange(0, 25), round(rng.uniform(0, 24), 1)])
            case["battery"] = rng.choice([hours, hours, f"{hours} hours"])
        write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
