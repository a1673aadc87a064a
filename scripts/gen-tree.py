#!/usr/bin/env python3
"""Generates large tree files for scale tests and benchmarks.

  gen-tree.py wide N   a binary tree of N nodes: questions whose answers lead to two
                       children, leaves alternating outcomes and referrals
  gen-tree.py chain N  a chain of N questions, each answering `yes` to the next and
                       `no` to one shared outcome (a graph N deep)
  gen-tree.py diamonds N  N two-way diamonds in sequence (2^N paths)
"""
import sys

URGENCIES = ["routine", "soon", "urgent", "emergency"]


def wide(n, out):
    out.write(f"tree: wide-{n}\ntitle: Generated tree of {n} nodes\nstart: n0\nnodes:\n")
    for i in range(n):
        left = 2 * i + 1
        right = 2 * i + 2 if 2 * i + 2 < n else left
        if left < n:
            out.write(f"  n{i}:\n    question: Question {i}?\n    answers:\n      yes: n{left}\n      no: n{right}\n")
        elif i % 2:
            out.write(f"  n{i}:\n    refer: therapist\n    urgency: {URGENCIES[i % 4]}\n")
        else:
            out.write(f"  n{i}:\n    outcome: Outcome {i}\n")


def chain(n, out):
    out.write(f"tree: chain-{n}\ntitle: Generated chain of {n} nodes\nstart: q0\nnodes:\n")
    for i in range(n - 1):
        nxt = f"q{i + 1}" if i + 1 < n - 1 else "end"
        out.write(f"  q{i}:\n    question: Step {i}?\n    answers:\n      yes: {nxt}\n      no: end\n")
    out.write("  end:\n    outcome: The end\n")


def diamonds(n, out):
    out.write(f"tree: diamonds-{n}\ntitle: {n} diamonds\nstart: d0\nnodes:\n")
    for i in range(n):
        nxt = f"d{i + 1}" if i + 1 < n else "end"
        out.write(f"  d{i}:\n    question: Left or right {i}?\n    answers:\n      left: l{i}\n      right: r{i}\n")
        out.write(f"  l{i}:\n    refer: therapist\n    next: {nxt}\n")
        out.write(f"  r{i}:\n    refer: neurologist\n    next: {nxt}\n")
    out.write("  end:\n    outcome: The end\n")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("wide", "chain", "diamonds"):
        sys.exit(__doc__)
    globals()[sys.argv[1]](int(sys.argv[2]), sys.stdout)
