#!/usr/bin/env python3
"""Writes a tree of N diamonds in a row (2^N paths) to standard output.

Question d_i goes left or right to a refer step that continues to d_{i+1}; the last leads to
`end`, a neurologist referral of the urgency given (so two urgencies give two versions that
differ in one outcome reached by every path).
Usage: gen-diamonds.py N URGENCY
"""
import sys

count, urgency = int(sys.argv[1]), sys.argv[2]
out = ["tree: diamonds", "title: Diamonds", "start: d0", "nodes:"]
for i in range(count):
    nxt = f"d{i + 1}" if i + 1 < count else "end"
    out += [f"  d{i}:", f"    question: Step {i}?", "    answers:", f"      left: l{i}", f"      right: r{i}",
            f"  l{i}:", "    refer: therapist", f"    next: {nxt}",
            f"  r{i}:", "    refer: physiotherapist", f"    next: {nxt}"]
out += ["  end:", "    refer: neurologist", f"    urgency: {urgency}"]
print("\n".join(out))
