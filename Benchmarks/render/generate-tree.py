#!/usr/bin/env python3
"""Writes a valid dtree tree file with N nodes (default 2000) to stdout, deterministically.

Shape: a binary decision tree laid out in file order (node i's answers lead to 2i+1 and
2i+2), so it is acyclic and every node is reachable. Inner nodes are questions, with every
seventh a checklist of four items; leaves alternate referrals (all four urgencies) and
outcomes. Texts are sentence-length, like a real tree's, so labels wrap as they would.

    python3 Benchmarks/render/generate-tree.py 2000 > /tmp/big.yaml
"""
import sys

def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    urgencies = ["routine", "soon", "urgent", "emergency"]
    specialists = ["therapist", "neurologist", "urologist", "gynecologist", "traumatologist"]
    out = [
        "tree: generated-%d" % count,
        "title: Generated benchmark tree with %d nodes" % count,
        "version: 1.0.0",
        "disclaimer: Generated for benchmarks only; not clinical content.",
        "start: n0",
        "nodes:",
    ]
    for i in range(count):
        left, right = 2 * i + 1, 2 * i + 2
        out.append("  n%d:" % i)
        if right < count and i % 7 == 3:
            out.append("    checklist: Do any of these findings apply to the patient at visit %d?" % i)
            out.append("    items:")
            for k in range(4):
                out.append("      - Finding %d.%d observed during the examination" % (i, k))
            out.append("    any: n%d" % left)
            out.append("    none: n%d" % right)
        elif right < count:
            out.append("    question: Does the patient report symptom number %d for more than a week?" % i)
            out.append("    answers:")
            out.append("      yes: n%d" % left)
            out.append("      no: n%d" % right)
            out.append("    help: Ask about onset, duration and what makes it better or worse.")
        elif left < count:
            out.append("    question: Is there anything else to check at step %d?" % i)
            out.append("    answers:")
            out.append("      yes: n%d" % left)
            out.append("      no: n%d" % left)
        elif i % 2 == 0:
            out.append("    refer: %s" % specialists[i % len(specialists)])
            out.append("    urgency: %s" % urgencies[(i // 2) % 4])
            out.append("    advice: Book the referral and give the patient the leaflet for pathway %d." % i)
        else:
            out.append("    outcome: No referral needed at leaf %d - reassure and review" % i)
            out.append("    advice: Review in four weeks if the symptoms persist or change.")
        out.append("    cite: Generated citation for node %d." % i)
    sys.stdout.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
